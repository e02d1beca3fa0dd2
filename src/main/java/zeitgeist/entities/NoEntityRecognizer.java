package zeitgeist.entities;

import java.util.List;

/** {@code --ner none}: recognises nothing, so the entity tables stay empty. */
public final class NoEntityRecognizer implements EntityRecognizer {
  @Override
  public String name() {
    return "none";
  }

  @Override
  public List<Mention> recognize(String text) {
    return List.of();
  }
}
