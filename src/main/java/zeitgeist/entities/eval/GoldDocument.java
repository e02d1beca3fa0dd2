package zeitgeist.entities.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zeitgeist.entities.EntityType;

/**
 * One article of a document-level entity gold set: its text and the persons, organisations and
 * places it names, each once, with the forms it names them by.
 *
 * <p>File format (JSON Lines, one article a line; {@code data/entities/README.md}): {@code id},
 * {@code title}, {@code text}, optional {@code published} (ISO date), and {@code entities}, a list
 * of {@code {"name", "type" (PER|ORG|LOC), "forms": [...]}}.
 */
public record GoldDocument(
    String id, String title, String text, String published, List<GoldEntity> entities) {
  /** One entity the article names: its canonical name, type and surface forms. */
  public record GoldEntity(String name, EntityType type, List<String> forms) {
    public GoldEntity {
      forms = List.copyOf(forms);
    }
  }

  public GoldDocument {
    entities = List.copyOf(entities);
  }

  /** Reads a gold file; a malformed line is an {@link IllegalArgumentException} naming it. */
  public static List<GoldDocument> read(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<GoldDocument> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(parse(json.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static GoldDocument parse(JsonNode n) {
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : required(n, "entities")) {
      EntityType type = EntityType.valueOf(required(e, "type").asText());
      if (!NerEvaluation.SCORED_TYPES.contains(type)) {
        throw new IllegalArgumentException("type must be PER, ORG or LOC, not " + type);
      }
      List<String> forms = new ArrayList<>();
      e.path("forms").forEach(f -> forms.add(f.asText()));
      entities.add(new GoldEntity(required(e, "name").asText(), type, forms));
    }
    return new GoldDocument(
        required(n, "id").asText(),
        n.path("title").asText(""),
        required(n, "text").asText(),
        n.hasNonNull("published") ? n.get("published").asText() : null,
        entities);
  }

  private static JsonNode required(JsonNode n, String field) {
    if (!n.hasNonNull(field)) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return n.get(field);
  }
}
