package zeitgeist.cli;

/**
 * The exit codes, as each command's {@code --help} lists them ({@code "code:meaning"}, picocli's
 * form). The numbers are {@link ZeitgeistCommand}'s constants.
 */
final class ExitCodes {
  private ExitCodes() {}

  static final String HEADING = "%nExit codes:%n";
  static final String EXAMPLES = "%nExamples:%n";

  static final String OK = "0:done";
  static final String FAILED = "1:failed (a run or maintenance commits nothing; see the message)";
  static final String USAGE =
      "2:a bad argument or input file: one line on stderr, before Spark starts";
  static final String QUERY = "2:a bad argument, or a query Spark cannot parse or analyse";
  static final String RUN_USAGE =
      "2:a bad argument or input path, or analysis options that differ from the warehouse's"
          + " (add --rebuild or --allow-mixed): one line on stderr, before Spark starts";
  static final String NEEDS_ATTENTION = "3:the warehouse needs attention (see the lines marked)";
  static final String STATUS_NEEDS_ATTENTION = "3:status: the warehouse needs attention";
  static final String BUSY = "75:another run or maintain holds the warehouse: try again later";
}
