package zeitgeist.entities;

import java.util.List;

/**
 * A named-entity recogniser: text in, mentions out. Implementations are safe to share between
 * threads and are built once per JVM (models are large); see {@link EntityRecognizers}.
 *
 * <p>Contract: mentions are ordered by start offset and do not overlap; offsets index the given
 * string; empty text gives no mentions.
 */
public interface EntityRecognizer {
  /** The engine's name as given to {@code --ner}. */
  String name();

  /** The mentions in {@code text}. */
  List<Mention> recognize(String text);
}
