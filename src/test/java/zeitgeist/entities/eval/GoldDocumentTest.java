package zeitgeist.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped document-level set reads, and every gold form is in its article. */
class GoldDocumentTest {
  @TempDir Path dir;

  @Test
  void shippedSetIsConsistent() {
    List<GoldDocument> docs = GoldDocument.read(Path.of("data/entities/documents.jsonl"));
    assertEquals(32, docs.size());
    Set<String> ids = new HashSet<>();
    int entities = 0;
    for (GoldDocument d : docs) {
      assertTrue(ids.add(d.id()), d.id());
      String all = d.title() + "\n" + d.text();
      for (GoldDocument.GoldEntity e : d.entities()) {
        assertFalse(e.forms().isEmpty(), d.id() + " " + e.name());
        for (String form : e.forms()) {
          assertTrue(all.contains(form), d.id() + ": '" + form + "' of " + e.name());
        }
        entities++;
      }
    }
    assertEquals(292, entities);
  }

  @Test
  void badLineIsNamed() throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"a\", \"text\": \"x\", \"entities\": []}\n"
            + "{\"id\": \"b\", \"text\": \"y\", \"entities\": [{\"name\": \"X\", \"type\": \"MISC\"}]}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldDocument.read(f));
    assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
  }
}
