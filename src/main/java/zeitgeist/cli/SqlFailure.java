package zeitgeist.cli;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;

/**
 * A statement that failed: the exit code it stands for and its one-line message, the same whether
 * {@code zeitgeist sql} ran it or a server did.
 *
 * <p>A statement Spark cannot parse or analyse, or one a read-only server refuses, is a bad
 * argument ({@link ZeitgeistCommand#EXIT_USAGE}); one that fails while running (a cast error under
 * ANSI mode, an unreadable file) is a failed job ({@link ZeitgeistCommand#EXIT_FAILURE}).
 */
record SqlFailure(int code, String message, Exception cause) {

  /** A statement refused before it ran (exit 2), with {@code message} as its line. */
  static SqlFailure refused(String message) {
    return new SqlFailure(ZeitgeistCommand.EXIT_USAGE, message, null);
  }

  /**
   * Classifies an exception from Spark. The line shown is the innermost Spark error with an error
   * condition (the "Job aborted due to stage failure" wrapper says nothing about the cause),
   * followed by the innermost cause below it, if any ("is not a Parquet file"); without a Spark
   * error, the innermost exception with a message.
   */
  static SqlFailure of(Exception e) {
    if (e instanceof AnalysisException) {
      return new SqlFailure(ZeitgeistCommand.EXIT_USAGE, firstLine(e), e);
    }
    if (e instanceof Refusal) {
      return new SqlFailure(ZeitgeistCommand.EXIT_USAGE, e.getMessage(), e);
    }
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) chain.add(t);
    int spark = -1;
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i) instanceof SparkThrowable st && st.getCondition() != null) spark = i;
    }
    Throwable root = null;
    for (int i = chain.size() - 1; i > Math.max(spark, 0) && root == null; i--) {
      String m = chain.get(i).getMessage();
      if (m != null && !m.isBlank()) root = chain.get(i);
    }
    String line;
    if (spark >= 0) {
      line = firstLine(chain.get(spark)) + (root == null ? "" : " (" + describe(root) + ")");
    } else {
      line = root == null ? firstLine(e) : describe(root);
    }
    return new SqlFailure(ZeitgeistCommand.EXIT_FAILURE, line, e);
  }

  /** A statement a server does not run (a write on a read-only server): exit 2. */
  static final class Refusal extends RuntimeException {
    Refusal(String message) {
      super(message);
    }
  }

  private static String describe(Throwable t) {
    return t.getClass().getSimpleName() + ": " + firstLine(t);
  }

  /** The exception's first non-blank message line (Spark's messages go on with a plan). */
  static String firstLine(Throwable t) {
    String m = t.getMessage();
    if (m == null) return t.toString();
    return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(t.toString());
  }
}
