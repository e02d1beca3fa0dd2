package zeitgeist.ingest;

import zeitgeist.config.Field;

/**
 * Puts a field value read from a structured record into a {@link RawRecord}; blank means absent.
 */
final class FieldSetter {
  private FieldSetter() {}

  static void set(RawRecord r, Field field, String value) {
    if (value == null || value.isBlank()) return;
    switch (field) {
      case ID -> r.setId(value.strip());
      case TEXT -> r.setText(value);
      case TITLE -> r.setTitle(value.strip());
      case DATE -> r.setDate(value.strip());
      case SOURCE -> r.setSource(value.strip());
      case URL -> r.setUrl(value.strip());
    }
  }
}
