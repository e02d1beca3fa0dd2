package zeitgeist.config;

/** The project version, from the jar manifest or Maven's properties; {@code dev} when unknown. */
public final class ProjectVersion {
  private ProjectVersion() {}

  public static String get() {
    String v = ProjectVersion.class.getPackage().getImplementationVersion();
    if (v != null) return v;
    try (var in =
        ProjectVersion.class.getResourceAsStream(
            "/META-INF/maven/org.zeitgeist/zeitgeist/pom.properties")) {
      if (in != null) {
        var p = new java.util.Properties();
        p.load(in);
        return p.getProperty("version", "dev");
      }
    } catch (java.io.IOException ignored) {
      // fall through
    }
    return "dev";
  }
}
