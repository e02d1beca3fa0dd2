package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounded two-generation cache behind the lemmatizer. */
class GenerationCacheTest {

  @Test
  void computesOnceAndCountsHitsAndMisses() {
    GenerationCache<String> cache = new GenerationCache<>(10);
    AtomicInteger calls = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      assertEquals(
          "A",
          cache.get(
              "a",
              k -> {
                calls.incrementAndGet();
                return k.toUpperCase();
              }));
    }
    assertEquals(1, calls.get());
    assertEquals(1, cache.misses());
    assertEquals(4, cache.hits());
  }

  @Test
  void staysBoundedAndKeepsRecentlyUsedEntries() {
    GenerationCache<String> cache = new GenerationCache<>(100);
    for (int i = 0; i < 10_000; i++) {
      cache.get("k" + i, k -> k);
      cache.get("hot", k -> k);
      assertTrue(cache.size() <= 200, "size " + cache.size());
    }
    long misses = cache.misses();
    cache.get("hot", k -> k);
    assertEquals(misses, cache.misses(), "an entry used every generation stays");
  }

  @Test
  void rejectsNonPositiveSize() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new GenerationCache<String>(0));
    assertEquals("generationSize must be positive: 0", e.getMessage());
  }
}
