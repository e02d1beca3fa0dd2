package zeitgeist.entities;

/**
 * One recognised name in a text: the characters {@code [start, end)} of the string the recogniser
 * was given, the text there, and its type.
 */
public record Mention(int start, int end, String surface, EntityType type) {
  public Mention {
    if (start < 0 || end <= start || surface.length() != end - start) {
      throw new IllegalArgumentException(
          "bad mention span [" + start + ", " + end + ") for '" + surface + "'");
    }
  }

  /** The mention of {@code text}'s characters {@code [start, end)}. */
  public static Mention of(String text, int start, int end, EntityType type) {
    return new Mention(start, end, text.substring(start, end), type);
  }

  /** True when the two spans share a character. */
  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }
}
