package zeitgeist.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.Article;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.LanguageIdentifier;
import zeitgeist.ingest.LocalInputs;
import zeitgeist.ingest.RawRecord;

/**
 * The real text a generated corpus recombines: the paragraphs of the source articles, each a list
 * of sentences, German ones and the others apart.
 *
 * <p>Rules: sources are files or directories in any format zeitgeist reads except Parquet (text,
 * JSON Lines, CSV/TSV, also gzipped), read with the project's own readers ({@link LocalInputs}) and
 * cleaned by {@link ArticleBuilder}, so a source's dates, share buttons and related-articles lists
 * never reach the pool (the generator adds its own). Directories are walked in name order, skipping
 * names starting with {@code .} or {@code _}; rejected records are skipped. Paragraphs are split at
 * blank lines, sentences naively at {@code . ! ?} followed by a capital; sentences under 30
 * characters are dropped. A paragraph's language is its article's.
 */
public record SeedText(List<List<String>> german, List<List<String>> other, int articles) {
  private static final IngestOptions OPTIONS =
      new IngestOptions(InputFormat.AUTO, Map.of(), 1 << 24);

  /**
   * Reads every source.
   *
   * @throws java.io.UncheckedIOException naming a source that does not exist
   * @throws IllegalArgumentException when the sources hold no German paragraph
   */
  public static SeedText read(List<Path> sources) {
    List<List<String>> german = new ArrayList<>();
    List<List<String>> other = new ArrayList<>();
    int articles = 0;
    ArticleBuilder builder = new ArticleBuilder(OPTIONS.maxArticleBytes());
    for (Path source : sources) {
      for (InputFile file : LocalInputs.list(source)) {
        if (file.getFormat() == null || LocalInputs.isParquet(file)) continue;
        Iterator<RawRecord> records = LocalInputs.reader(OPTIONS).read(file);
        while (records.hasNext()) {
          Article a = builder.build(records.next()).article();
          if (a == null) continue;
          articles++;
          boolean de = "de".equals(LanguageIdentifier.identify(a.text()));
          for (String p : a.text().split("\n\\s*\n")) {
            List<String> sentences = sentences(p);
            if (!sentences.isEmpty()) (de ? german : other).add(sentences);
          }
        }
      }
    }
    if (german.isEmpty()) {
      throw new IllegalArgumentException("no German text in the sources " + sources);
    }
    return new SeedText(List.copyOf(german), List.copyOf(other), articles);
  }

  static List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String s : paragraph.replace('\n', ' ').split("(?<=[.!?][\"“”]?)\\s+(?=[\\p{Lu}„\"])")) {
      if (s.strip().length() >= 30) out.add(s.strip());
    }
    return out;
  }
}
