package zeitgeist.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over elements that are only known once read ahead: {@link #computeNext} reads the
 * next one, or returns null at the end, after which it is not called again. The readers of input
 * formats extend it.
 *
 * <p>Hand-written: Guava's {@code AbstractIterator} does the same, but Guava is not a dependency of
 * zeitgeist (Spark shades its own copy).
 */
public abstract class LookAheadIterator<T> implements Iterator<T> {
  private T next;
  private boolean done;

  /** The next element, or null when there is none. */
  protected abstract T computeNext();

  @Override
  public final boolean hasNext() {
    if (next == null && !done) {
      next = computeNext();
      done = next == null;
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T r = next;
    next = null;
    return r;
  }
}
