package zeitgeist.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FsConstants;
import org.apache.hadoop.fs.FsServerDefaults;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.local.LocalConfigKeys;

/**
 * {@link NioLocalFileSystem} for Hadoop's other file API, {@code FileContext}: the warehouse's
 * {@code file:} scheme there when Spark runs on one machine (set as {@code
 * spark.hadoop.fs.AbstractFileSystem.file.impl} by {@link SparkSessions}).
 *
 * <p>Why: Delta writes every commit file of its log through {@code FileContext} (an atomic rename
 * that must not overwrite), and Spark writes Delta's {@code .crc} files the same way. Hadoop's own
 * {@code LocalFs} forked {@code chmod} for each file it created and {@code readlink} four times for
 * each rename: about ten child processes per Delta commit, 546 in a first run on the sample corpus.
 *
 * <p>Rules: the same layering as Hadoop's {@code LocalFs} (checksum files over a raw file system),
 * with {@link NioLocalFileSystem}'s raw part underneath; renames, streams and checksums are
 * Hadoop's own.
 */
public final class NioLocalFs extends ChecksumFs {
  public NioLocalFs(URI uri, Configuration conf) throws IOException, URISyntaxException {
    super(new Raw(uri, conf));
  }

  /** The raw (checksum-less) part, as Hadoop's {@code RawLocalFs} but over our raw file system. */
  static final class Raw extends DelegateToFileSystem {
    Raw(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(uri, new NioLocalFileSystem.Raw(), conf, FsConstants.LOCAL_FS_URI.getScheme(), false);
    }

    @Override
    public FsServerDefaults getServerDefaults(Path f) throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    @Override
    @Deprecated
    public FsServerDefaults getServerDefaults() throws IOException {
      return LocalConfigKeys.getServerDefaults();
    }

    @Override
    public int getUriDefaultPort() {
      return -1; // as RawLocalFs: file: URIs have no port
    }

    @Override
    public boolean isValidName(String src) {
      return true; // as RawLocalFs: any name the local file system takes
    }
  }
}
