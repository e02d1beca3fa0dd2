package zeitgeist.tables;

import java.time.LocalDate;

/**
 * A row of a per-article table other than {@code articles}: it carries its article's id, date
 * and run, the same for every row of the article. The Spark layer holds an analysed article's rows
 * without them and sets them again from the article when it writes the rows.
 */
public interface PerArticleRow {
  void setArticleId(String v);

  void setPublishedDate(LocalDate v);

  void setRunId(String v);
}
