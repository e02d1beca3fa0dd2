package zeitgeist.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A bounded concurrent cache with two generations, an approximation of LRU that needs no locks on
 * reads: entries go into the young map; when it is full it becomes the old map and the previous old
 * map is dropped; a hit in the old map is copied to the young one. So at most about {@code 2 *
 * generationSize} entries are held, and an entry used at least once per generation stays.
 * Concurrent misses on one key may compute its value twice; values must therefore be pure functions
 * of their keys. Used for lemmas ({@link GermanLemmatizer}) and the tagger's per-form features
 * ({@link GreedyPosTagger}).
 */
final class GenerationCache<V> {
  private final int generationSize;
  private volatile ConcurrentHashMap<String, V> young = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<String, V> old = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  GenerationCache(int generationSize) {
    if (generationSize < 1) {
      throw new IllegalArgumentException("generationSize must be positive: " + generationSize);
    }
    this.generationSize = generationSize;
  }

  V get(String key, Function<String, V> compute) {
    ConcurrentHashMap<String, V> y = young;
    V value = y.get(key);
    if (value != null) {
      hits.increment();
      return value;
    }
    value = old.get(key);
    if (value != null) {
      hits.increment();
    } else {
      misses.increment();
      value = compute.apply(key);
    }
    y.put(key, value);
    if (y.size() >= generationSize) {
      rotate(y);
    }
    return value;
  }

  private synchronized void rotate(ConcurrentHashMap<String, V> full) {
    if (young == full) {
      old = full;
      young = new ConcurrentHashMap<>();
    }
  }

  int size() {
    return young.size() + old.size();
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }

  synchronized void clear() {
    young = new ConcurrentHashMap<>();
    old = new ConcurrentHashMap<>();
    hits.reset();
    misses.reset();
  }
}
