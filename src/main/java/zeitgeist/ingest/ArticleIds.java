package zeitgeist.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import zeitgeist.config.IdScope;

/**
 * Stable article identifiers and content hashes, identical on every machine and rerun.
 *
 * <p>{@code article_id}, first that applies: the record's own id, scoped as {@link IdScope} says
 * ({@code feed.csv#17} for {@code file}); for a one-article-per-file input the file's path relative
 * to the input root ({@code /}-separated); {@code url:} + 16 hex digits of SHA-256 over {@code
 * source + "\n" + url}; {@code text:} + 16 hex digits of SHA-256 over the normalised text. {@code
 * content_hash} is the full SHA-256 (hex) of the normalised cleaned text: Unicode NFC, runs of
 * whitespace collapsed to one space, trimmed. Case and punctuation count.
 */
public final class ArticleIds {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private ArticleIds() {}

  public static String articleId(RawRecord r, String normalisedText) {
    return articleId(r, normalisedText, IdScope.GLOBAL);
  }

  /** The article id of record {@code r}, its own id scoped by {@code scope}. */
  public static String articleId(RawRecord r, String normalisedText, IdScope scope) {
    if (r.getId() != null && !r.getId().isBlank()) return scoped(r, r.getId().strip(), scope);
    if (r.isWholeFile() && r.getRelativePath() != null) return r.getRelativePath();
    if (r.getUrl() != null && !r.getUrl().isBlank()) {
      String source = r.getSource() == null ? "" : r.getSource();
      return "url:" + sha256(source + "\n" + r.getUrl().strip()).substring(0, 16);
    }
    return "text:" + sha256(normalisedText).substring(0, 16);
  }

  private static String scoped(RawRecord r, String id, IdScope scope) {
    if (scope == IdScope.SOURCE && r.getSource() != null && !r.getSource().isBlank()) {
      return r.getSource().strip() + "#" + id;
    }
    if (scope != IdScope.GLOBAL && r.getRelativePath() != null) {
      return r.getRelativePath() + "#" + id;
    }
    return id;
  }

  /** The text duplicates are compared on: NFC, whitespace collapsed, trimmed. */
  public static String normalise(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
  }

  public static String contentHash(String normalisedText) {
    return sha256(normalisedText);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
