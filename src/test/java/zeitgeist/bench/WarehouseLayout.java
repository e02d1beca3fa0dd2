package zeitgeist.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Parquet files a run left in a local warehouse, per table: how many, in how many partition
 * folders ({@code year=2019}, {@code grain=day}; 0 for an unpartitioned table), the most in one
 * folder, and their bytes. Counted on the disk, without Spark; folders and files starting with
 * {@code _} or {@code .} (staging, journal, trash, checksums) are not counted.
 */
record WarehouseLayout(List<Table> tables) {
  /** One table's files. */
  record Table(String name, int files, int partitions, int maxFilesPerPartition, long bytes) {}

  static WarehouseLayout of(Path warehouse) {
    List<Table> tables = new ArrayList<>();
    if (!Files.isDirectory(warehouse)) return new WarehouseLayout(tables);
    try (Stream<Path> dirs = Files.list(warehouse)) {
      for (Path dir : dirs.filter(Files::isDirectory).filter(p -> !hidden(p)).sorted().toList()) {
        tables.add(table(dir));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + warehouse, e);
    }
    return new WarehouseLayout(List.copyOf(tables));
  }

  private static Table table(Path dir) throws IOException {
    Map<Path, Integer> perFolder = new HashMap<>();
    long bytes = 0;
    int files = 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path rel = dir.relativize(p);
        boolean skip = false;
        for (Path part : rel) skip |= hidden(part);
        if (skip || !p.getFileName().toString().endsWith(".parquet")) continue;
        files++;
        bytes += Files.size(p);
        perFolder.merge(rel.getParent() == null ? Path.of("") : rel.getParent(), 1, Integer::sum);
      }
    }
    boolean partitioned = perFolder.keySet().stream().anyMatch(f -> f.toString().contains("="));
    int max = perFolder.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new Table(
        dir.getFileName().toString(), files, partitioned ? perFolder.size() : 0, max, bytes);
  }

  private static boolean hidden(Path p) {
    String n = p.getFileName().toString();
    return n.startsWith("_") || n.startsWith(".");
  }

  int files() {
    return tables.stream().mapToInt(Table::files).sum();
  }
}
