package zeitgeist.stories.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import zeitgeist.config.ConfigException;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.LanguageIdentifier;
import zeitgeist.ingest.LocalInputs;
import zeitgeist.ingest.RawRecord;

/**
 * The original articles an evaluation set is derived from, read from one source.
 *
 * <p>Rules: a directory is read as {@code zeitgeist run} reads an input tree (the project's own
 * readers and cleaner, through {@link LocalInputs} and {@link ArticleBuilder}): each article's id
 * is its {@code article_id}, its text the cleaned text, and it has no topic; rejected records,
 * articles not identified as German and exact duplicates of an earlier article (same {@code
 * content_hash}) are left out. A file is read as a 10kGNAD CSV: {@code label;text}, {@code ;}
 * separated, {@code '} quoted with {@code ''} for a quote, no header; the id is {@code <file
 * name>#<row>} (1-based), the topic the label.
 */
public final class SourceArticles {
  private static final IngestOptions OPTIONS =
      new IngestOptions(InputFormat.AUTO, Map.of(), 1 << 24);
  private static final CSVFormat GNAD =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('\'').get();

  private SourceArticles() {}

  /** One original: its id, its topic (null when the source has none) and its text. */
  public record Article(String id, String topic, String text) {}

  /**
   * Reads {@code source}.
   *
   * @throws ConfigException when it does not exist, or a file is not a 10kGNAD CSV
   */
  public static List<Article> read(Path source) {
    if (Files.isDirectory(source)) {
      return readTree(source);
    }
    if (!Files.isReadable(source)) {
      throw new ConfigException("cannot read " + source);
    }
    return readGnad(source);
  }

  private static List<Article> readTree(Path root) {
    ArticleBuilder builder = new ArticleBuilder(OPTIONS.maxArticleBytes());
    List<Article> out = new ArrayList<>();
    Set<String> hashes = new HashSet<>();
    for (InputFile file : LocalInputs.list(root)) {
      if (file.getFormat() == null || LocalInputs.isParquet(file)) continue;
      Iterator<RawRecord> records = LocalInputs.reader(OPTIONS).read(file);
      while (records.hasNext()) {
        zeitgeist.ingest.Article a = builder.build(records.next()).article();
        if (a == null
            || !LanguageIdentifier.GERMAN.equals(LanguageIdentifier.identify(a.text()))
            || !hashes.add(a.contentHash())) {
          continue;
        }
        out.add(new Article(a.articleId(), null, a.text()));
      }
    }
    return out;
  }

  private static List<Article> readGnad(Path file) {
    String name = file.getFileName().toString();
    List<Article> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : GNAD.parse(in)) {
        if (r.size() != 2 || r.get(0).isBlank() || r.get(1).isBlank()) {
          throw new ConfigException(
              file
                  + " is not a 10kGNAD CSV (label;'text'): record "
                  + r.getRecordNumber()
                  + " has "
                  + r.size()
                  + " fields");
        }
        out.add(new Article(name + "#" + r.getRecordNumber(), r.get(0), r.get(1)));
      }
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + " is not a 10kGNAD CSV: not UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new ConfigException(file + " is not a 10kGNAD CSV (label;'text'): " + e.getMessage());
    }
    return out;
  }
}
