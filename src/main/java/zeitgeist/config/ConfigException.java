package zeitgeist.config;

/** A bad argument or setting, found before Spark starts. The message is shown to the user as is. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
