package zeitgeist.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build of zeitgeist is: its version, the git commit it was built from, and the versions
 * of Spark, Delta Lake and CoreNLP it was built against, from {@code zeitgeist/build.properties}
 * (filled in by Maven). A value Maven could not fill in (a build outside a git checkout, classes
 * run without the jar's resources) reads {@code unknown}.
 *
 * @param version the project version, e.g. {@code 0.1.0}
 * @param commit the abbreviated git commit, with {@code -modified} when the checkout had
 *     uncommitted changes
 */
public record BuildInfo(String version, String commit, String spark, String delta, String corenlp) {
  private static final String RESOURCE = "/zeitgeist/build.properties";
  private static final String UNKNOWN = "unknown";

  /** This build's. */
  public static BuildInfo get() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String commit = value(p, "commit");
    if (!commit.equals(UNKNOWN) && "true".equals(p.getProperty("dirty"))) {
      commit += "-modified";
    }
    return new BuildInfo(
        value(p, "version"), commit, value(p, "spark"), value(p, "delta"), value(p, "corenlp"));
  }

  private static String value(Properties p, String key) {
    String v = p.getProperty(key);
    return v == null || v.isBlank() || v.startsWith("${") ? UNKNOWN : v.strip();
  }

  /**
   * The version as {@code runs.project_version} records it: {@code 0.1.0 (commit 1a2b3c4d5e; Spark
   * 4.2.0, Delta Lake 4.4.0, CoreNLP 4.5.10)}.
   *
   * @param sparkVersion the Spark version the run ran on (under {@code spark-submit}, the
   *     cluster's), which may differ from the one built against
   */
  public String describe(String sparkVersion) {
    return version
        + " (commit "
        + commit
        + "; Spark "
        + sparkVersion
        + ", Delta Lake "
        + delta
        + ", CoreNLP "
        + corenlp
        + ")";
  }

  /** The lines of {@code zeitgeist --version}. */
  public String[] versionLines() {
    return new String[] {
      "zeitgeist " + version + " (commit " + commit + ")",
      "built with Spark " + spark + ", Delta Lake " + delta + ", CoreNLP " + corenlp,
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
