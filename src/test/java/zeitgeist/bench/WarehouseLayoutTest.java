package zeitgeist.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting a warehouse's Parquet files and partition folders on the disk. */
class WarehouseLayoutTest {
  private static void file(Path p, int bytes) throws IOException {
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[bytes]);
  }

  @Test
  void countsFilesAndPartitionsPerTable(@TempDir Path wh) throws IOException {
    file(wh.resolve("articles/year=2019/part-0.parquet"), 100);
    file(wh.resolve("articles/year=2019/part-1.parquet"), 100);
    file(wh.resolve("articles/year=2019/.part-1.parquet.crc"), 8);
    file(wh.resolve("articles/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet"), 50);
    file(wh.resolve("runs/part-0.parquet"), 10);
    file(wh.resolve("_staging/run-1/articles/year=2020/part-0.parquet"), 10);
    file(wh.resolve("_lock"), 1);
    WarehouseLayout w = WarehouseLayout.of(wh);
    assertEquals(
        List.of(
            new WarehouseLayout.Table("articles", 3, 2, 2, 250),
            new WarehouseLayout.Table("runs", 1, 0, 1, 10)),
        w.tables(),
        "staging, checksums and the lock are not the tables' files");
    assertEquals(4, w.files());
  }

  @Test
  void noWarehouseNoTables(@TempDir Path dir) {
    assertEquals(List.of(), WarehouseLayout.of(dir.resolve("missing")).tables());
  }
}
