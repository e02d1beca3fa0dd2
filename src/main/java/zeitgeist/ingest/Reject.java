package zeitgeist.ingest;

/**
 * One input item that did not become an article, and why. Immutable.
 *
 * @param inputPath the input file
 * @param locator where in the file: {@code file}, {@code line N}, {@code record N}, {@code row N}
 * @param reason a short code from {@link RejectReason}
 * @param detail a sentence for the reader: what was wrong, with the figures
 */
public record Reject(String inputPath, String locator, String reason, String detail) {}
