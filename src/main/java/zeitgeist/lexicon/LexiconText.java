package zeitgeist.lexicon;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The text of one lexicon file as the readers see it: its lines and the bytes they came from.
 *
 * <p>Rules: the bytes must be UTF-8 (a file in another encoding fails, naming it, rather than
 * giving garbled words); a leading byte-order mark is dropped; lines end at {@code \n}, {@code
 * \r\n} or {@code \r}. Line {@code i} of {@link #lines()} is line {@code i + 1} of the file.
 *
 * @param source the file name used in messages
 * @param bytes the bytes read, for the content hash
 * @param lines the lines, without line ends
 */
record LexiconText(String source, byte[] bytes, List<String> lines) {

  /**
   * Reads a file.
   *
   * @throws UncheckedIOException naming the file when it is missing, unreadable or not UTF-8
   */
  static LexiconText read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("lexicon file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
    }
    return of(bytes, file.toString());
  }

  /** The text of {@code bytes}; {@code source} names them in messages. */
  static LexiconText of(byte[] bytes, String source) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UncheckedIOException("lexicon " + source + " is not UTF-8", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new LexiconText(source, bytes, text.lines().toList());
  }

  /** The text of a string, as its UTF-8 bytes. */
  static LexiconText of(String text, String source) {
    return of(text.getBytes(StandardCharsets.UTF_8), source);
  }

  /** A missing file or resource, named in the message (the CLI prints the message alone). */
  static UncheckedIOException missing(String message) {
    return new UncheckedIOException(message, new FileNotFoundException(message));
  }

  /** An error for line {@code index} (0-based) of this file: {@code source:line: message}. */
  IllegalArgumentException error(int index, String message) {
    return new IllegalArgumentException(source + ":" + (index + 1) + ": " + message);
  }

  /** An error for a line that breaks the format: what was expected and what stands there. */
  IllegalArgumentException malformed(int index, String expected) {
    return error(index, "expected " + expected + ", got '" + lines.get(index) + "'");
  }

  /** The first 16 hex digits of the SHA-256 of the given byte arrays, in order. */
  static String hash(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        digest.update(p);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
