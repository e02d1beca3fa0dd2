package zeitgeist.ingest;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;

/**
 * Input files on the local disk for the tools that run without Spark (benchmarks, evaluations):
 * listed as the job lists them ({@code zeitgeist.job.InputLister}: directories walked, names
 * starting with {@code .} or {@code _} skipped, format by file name, sorted by path) and read with
 * the project's own {@link InputFileReader} ({@code .gz} decompressed). Limits: local paths only;
 * Parquet files and files without a known extension are listed with a null format, which the reader
 * rejects.
 */
public final class LocalInputs {
  private LocalInputs() {}

  /** The files under {@code input} (itself, when it is a file). */
  public static List<InputFile> list(Path input) {
    if (!Files.exists(input)) {
      throw new UncheckedIOException(new IOException("input not found: " + input));
    }
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(input.relativize(p)))
          .sorted()
          .map(p -> file(input, p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + input, e);
    }
  }

  /** A reader that opens local files. */
  public static InputFileReader reader(IngestOptions options) {
    return new InputFileReader(options, f -> open(Path.of(f.getUri())));
  }

  /** True for Parquet files, which only Spark reads. */
  public static boolean isParquet(InputFile f) {
    return Objects.equals(f.getFormat(), InputFormat.PARQUET.name());
  }

  private static InputFile file(Path root, Path p) {
    String relative =
        root.equals(p)
            ? p.getFileName().toString()
            : root.relativize(p).toString().replace('\\', '/');
    InputFormat format = InputFormat.fromFileName(relative).orElse(null);
    return new InputFile(
        p.toString(),
        p.toString(),
        relative,
        format == null ? null : format.name(),
        p.toFile().length(),
        p.toFile().lastModified());
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      String n = part.toString();
      if (n.startsWith(".") || n.startsWith("_")) return true;
    }
    return false;
  }

  private static InputStream open(Path p) throws IOException {
    InputStream in = new FileInputStream(p.toFile());
    return p.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
