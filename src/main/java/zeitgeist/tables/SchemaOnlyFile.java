package zeitgeist.tables;

import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.spark.sql.execution.datasources.parquet.ParquetReadSupport;
import org.apache.spark.sql.execution.datasources.parquet.SparkToParquetSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The file that keeps a table without rows readable: {@code TABLE/schema-only.parquet}, a Parquet
 * file with the table's full schema (partition columns included, as ordinary columns) and no row
 * group. Parquet readers that find no file under a table's folder fail ("path does not exist",
 * "unable to infer schema"); with this file {@code spark.read.parquet(TABLE)}, a metastore table
 * or DuckDB get zero rows and the schema.
 *
 * <p>Rules: a table has this file exactly when it has no other data file; {@link TableTransaction}
 * adds it at the commit that leaves the table without rows (the first run, for the tables that
 * run fills nothing) and moves it out at the commit that adds rows, both as moves in its journal.
 * It sits at the table's root, next to any partition folders: when those exist, Spark's partition
 * discovery reads only the files inside them. Its footer carries Spark's own schema metadata, so
 * Spark reads the exact column types back. It is written with the Parquet library, without a Spark
 * job. {@link Warehouse} does not count it as data ({@code status} shows 0 files).
 */
final class SchemaOnlyFile {
  /** The file's name in the table folder. */
  static final String NAME = "schema-only.parquet";

  private SchemaOnlyFile() {}

  /**
   * Writes a file at {@code file} with {@code schema} and no rows, as Spark {@code sparkVersion}
   * would; fails if the file exists.
   */
  static void write(Configuration conf, Path file, StructType schema, String sparkVersion)
      throws IOException {
    // Nullable like the columns of Spark's own files, so both kinds of file merge.
    StructType nullable = new StructType();
    for (StructField f : schema.fields()) {
      nullable = nullable.add(f.name(), f.dataType(), true, f.metadata());
    }
    var parquetSchema = new SparkToParquetSchemaConverter(SQLConf.get()).convert(nullable);
    ParquetFileWriter writer = new ParquetFileWriter(HadoopOutputFile.fromPath(file, conf),
        parquetSchema, ParquetFileWriter.Mode.CREATE, 128L * 1024 * 1024, 0);
    writer.start();
    writer.end(Map.of(ParquetReadSupport.SPARK_METADATA_KEY(), nullable.json(),
        "org.apache.spark.version", sparkVersion));
  }
}
