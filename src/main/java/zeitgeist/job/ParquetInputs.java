package zeitgeist.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import zeitgeist.config.Field;
import zeitgeist.config.IngestOptions;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.InputFileReader;
import zeitgeist.ingest.RawRecord;
import zeitgeist.ingest.RejectReason;

/**
 * Reads Parquet inputs with Spark's own Parquet reader. Each file's footer is read on the driver
 * with parquet-hadoop: a file Spark cannot read, or one without a text column, becomes one {@code
 * malformed_parquet} reject; one that cannot be opened at all, an {@code unreadable_file} reject.
 * Files with the same field mapping are read together. Locators are {@code row N}, 1-based, from
 * Spark's {@code _metadata.row_index}. Partition folders inside a Parquet dataset are not turned
 * into columns.
 */
final class ParquetInputs {
  private ParquetInputs() {}

  static Dataset<RawRecord> read(SparkSession spark, List<InputFile> files, IngestOptions options) {
    List<RawRecord> rejects = new ArrayList<>();
    Map<Map<Field, String>, List<InputFile>> groups = new LinkedHashMap<>();
    for (InputFile f : files) {
      try {
        List<String> columns = columns(f, spark.sparkContext().hadoopConfiguration());
        Map<Field, String> mapping = options.resolve(columns);
        if (!mapping.containsKey(Field.TEXT)) {
          rejects.add(
              RawRecord.at(f.getDisplayPath(), f.getRelativePath(), "file")
                  .reject(
                      RejectReason.MALFORMED_PARQUET,
                      "no text column among " + columns + " (use --field text=COLUMN)"));
          continue;
        }
        groups.computeIfAbsent(mapping, k -> new ArrayList<>()).add(f);
      } catch (IOException | RuntimeException e) {
        rejects.add(
            RawRecord.at(f.getDisplayPath(), f.getRelativePath(), "file")
                .reject(
                    InputFileReader.cannotOpen(e)
                        ? RejectReason.UNREADABLE_FILE
                        : RejectReason.MALFORMED_PARQUET,
                    String.valueOf(e.getMessage())
                        .lines()
                        .findFirst()
                        .orElse(e.getClass().getSimpleName())));
      }
    }
    Dataset<RawRecord> out = spark.createDataset(rejects, Encoders.bean(RawRecord.class));
    for (Map.Entry<Map<Field, String>, List<InputFile>> g : groups.entrySet()) {
      out = out.unionByName(readGroup(spark, g.getKey(), g.getValue()));
    }
    return out;
  }

  private static Dataset<RawRecord> readGroup(
      SparkSession spark, Map<Field, String> mapping, List<InputFile> files) {
    HashMap<String, String[]> paths = new HashMap<>();
    for (InputFile f : files) {
      paths.put(key(f.getUri()), new String[] {f.getDisplayPath(), f.getRelativePath()});
    }
    Dataset<Row> df =
        spark.read().parquet(files.stream().map(InputFile::getUri).toArray(String[]::new));
    List<Column> cols = new ArrayList<>();
    for (Field f : Field.values()) {
      String c = mapping.get(f);
      cols.add(
          c == null
              ? org.apache.spark.sql.functions.lit(null).cast("string").as(f.key())
              : col("`" + c + "`").cast("string").as(f.key()));
    }
    cols.add(col("_metadata.file_path").as("file_path"));
    cols.add(col("_metadata.row_index").as("row_index"));
    return df.select(cols.toArray(Column[]::new))
        .map(new ToRawRecord(paths), Encoders.bean(RawRecord.class));
  }

  /** The top-level column names, from the file's footer (no Spark job). */
  private static List<String> columns(InputFile f, Configuration conf) throws IOException {
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromPath(new Path(f.getUri()), conf))) {
      return reader.getFooter().getFileMetaData().getSchema().getFields().stream()
          .map(org.apache.parquet.schema.Type::getName)
          .toList();
    }
  }

  /**
   * The path part of a listed file's URI ({@link InputFile#getUri}: Hadoop's form, not escaped).
   */
  static String key(String uri) {
    return new Path(uri).toUri().getPath();
  }

  /**
   * The path part of {@code _metadata.file_path}, which Spark gives URL-encoded ({@code
   * file:///a%20b/%C3%A4.parquet}): decoded, so it matches {@link #key} of the listed file.
   */
  static String metadataKey(String filePath) {
    try {
      return new java.net.URI(filePath).getPath();
    } catch (java.net.URISyntaxException e) {
      return key(filePath); // not encoded after all
    }
  }

  /** Spark function: one selected Parquet row → a raw record. */
  static final class ToRawRecord implements MapFunction<Row, RawRecord> {
    private final HashMap<String, String[]> paths;

    ToRawRecord(HashMap<String, String[]> paths) {
      this.paths = paths;
    }

    @Override
    public RawRecord call(Row row) {
      String filePath = row.getAs("file_path");
      String[] p = paths.getOrDefault(metadataKey(filePath), new String[] {filePath, filePath});
      long index = row.<Long>getAs("row_index");
      RawRecord r = RawRecord.at(p[0], p[1], "row " + (index + 1));
      r.setEncoding("parquet");
      r.setId(row.getAs(Field.ID.key()));
      r.setText(row.getAs(Field.TEXT.key()));
      r.setTitle(row.getAs(Field.TITLE.key()));
      r.setDate(row.getAs(Field.DATE.key()));
      r.setSource(row.getAs(Field.SOURCE.key()));
      r.setUrl(row.getAs(Field.URL.key()));
      return r;
    }
  }
}
