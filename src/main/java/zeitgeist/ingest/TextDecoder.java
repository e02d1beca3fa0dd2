package zeitgeist.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file or record.
 *
 * <p>Rules, in order: a UTF-8 BOM means UTF-8, a UTF-16 BOM means UTF-16; bytes holding NUL, or
 * more than 5% control characters (other than tab, line feed, carriage return, form feed) in the
 * first 8 KiB, are {@code binary}; strictly valid UTF-8 is UTF-8; otherwise text that decodes as
 * Windows-1252 without undefined bytes (which covers Latin-1 German text) is Windows-1252; anything
 * else is {@code bad_encoding}. Limits: a Windows-1252 file that happens to be valid UTF-8 (only
 * possible with unusual byte pairs such as {@code Ã¤}) is read as UTF-8; other 8-bit code pages are
 * read as Windows-1252.
 */
public final class TextDecoder {
  /** Windows-1252: a superset of Latin-1's printable range, the usual legacy German encoding. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final int SNIFF_BYTES = 8192;

  /** The outcome: the text and the charset name, or a reject reason with its detail. */
  public record Decoded(String text, String encoding, String rejectReason, String rejectDetail) {
    public boolean ok() {
      return rejectReason == null;
    }

    static Decoded reject(String reason, String detail) {
      return new Decoded(null, null, reason, detail);
    }
  }

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
    }
    String binary = binaryEvidence(bytes);
    if (binary != null) {
      return Decoded.reject(RejectReason.BINARY, binary);
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    if (utf8.ok()) {
      return utf8;
    }
    Decoded cp1252 = strict(bytes, 0, WINDOWS_1252, "windows-1252");
    if (cp1252.ok()) {
      return cp1252;
    }
    return Decoded.reject(
        RejectReason.BAD_ENCODING,
        "neither valid UTF-8 nor Windows-1252 (" + utf8.rejectDetail + ")");
  }

  /** True when {@code bytes} are strictly valid UTF-8. */
  public static boolean isUtf8(byte[] bytes) {
    return strict(bytes, 0, StandardCharsets.UTF_8, "UTF-8").ok();
  }

  /** Why these bytes look binary, or null when they look like text. */
  static String binaryEvidence(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "NUL byte at offset " + i;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    if (n > 0 && control * 20 > n) {
      return control + " control bytes in the first " + n;
    }
    return null;
  }

  private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) {
    try {
      CharBuffer chars =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return new Decoded(chars.toString(), name, null, null);
    } catch (CharacterCodingException e) {
      return Decoded.reject(RejectReason.BAD_ENCODING, "invalid " + name + ": " + e.getMessage());
    }
  }
}
