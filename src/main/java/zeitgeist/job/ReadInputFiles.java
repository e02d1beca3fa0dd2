package zeitgeist.job;

import java.io.InputStream;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import zeitgeist.config.IngestOptions;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.InputFileReader;
import zeitgeist.ingest.RawRecord;

/**
 * Spark function: one input file → its raw records, streamed. Opens files through Hadoop (any file
 * system the cluster knows) and decompresses by extension ({@code .gz}, {@code .bz2}, ...).
 */
public final class ReadInputFiles implements FlatMapFunction<InputFile, RawRecord> {
  private final IngestOptions options;
  private final Broadcast<SerializableConfiguration> hadoop;

  public ReadInputFiles(IngestOptions options, Broadcast<SerializableConfiguration> hadoop) {
    this.options = options;
    this.hadoop = hadoop;
  }

  @Override
  public Iterator<RawRecord> call(InputFile file) {
    Configuration conf = hadoop.value().value();
    return new InputFileReader(options, f -> open(f, conf)).read(file);
  }

  static InputStream open(InputFile file, Configuration conf) throws java.io.IOException {
    Path path = new Path(file.getUri());
    InputStream in = path.getFileSystem(conf).open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    return codec == null ? in : codec.createInputStream(in);
  }
}
