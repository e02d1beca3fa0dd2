package zeitgeist.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-copies into stories: every article gets the story's first member and its similarity
 * to it.
 *
 * <p>Rules: members are taken in rank order ({@link Member#ORDER}: the best-dated first, as for
 * exact duplicates). A member joins the story of the best-ranked story head it is a near-copy of
 * (an edge), taking that head as its {@code story_id} and the edge's Jaccard similarity; a member
 * near-copied to no head starts a story of its own (similarity 1). So every member of a story is a
 * near-copy of the story's head itself: a long series of small edits cannot chain unrelated
 * articles into one story (connected components would), it starts a new story where the text has
 * drifted too far from the head.
 *
 * <p>The outcome depends only on the members, their ranks and the edges, never on the order in
 * which they arrived: a rerun that recomputes it from all stored edges gives what one run over all
 * articles gives.
 *
 * <p>Cost: sorting the members and one pass over the edges; members without edges need not be
 * passed (they are stories of their own).
 */
public final class StoryGrouping {
  private StoryGrouping() {}

  /** An article as ranked for story heads. */
  public record Member(
      String articleId, LocalDate publishedDate, String datePrecision, String source) {
    /** Day, month, year, undated; then the earliest date; then one with a source; then the id. */
    public static final Comparator<Member> ORDER =
        Comparator.comparingInt((Member m) -> precisionRank(m.datePrecision()))
            .thenComparing(Member::publishedDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> m.source() == null)
            .thenComparing(Member::articleId);

    private static int precisionRank(String p) {
      if (p == null) {
        return 3;
      }
      return switch (p) {
        case "day" -> 0;
        case "month" -> 1;
        case "year" -> 2;
        default -> 3;
      };
    }
  }

  /** A pair of near-copies and their Jaccard similarity. */
  public record Edge(String a, String b, double jaccard) {}

  /** A member's story: the head's article_id and the member's similarity to the head. */
  public record Story(String storyId, double similarity) {}

  /**
   * @param members every article an edge names (others are ignored)
   * @return the story of every member
   */
  public static Map<String, Story> group(List<Member> members, List<Edge> edges) {
    Map<String, List<Edge>> byArticle = new HashMap<>();
    for (Edge e : edges) {
      byArticle.computeIfAbsent(e.a(), k -> new ArrayList<>()).add(e);
      byArticle.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(e);
    }
    List<Member> ordered = new ArrayList<>(members);
    ordered.sort(Member.ORDER);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      rank.put(ordered.get(i).articleId(), i);
    }
    Map<String, Story> out = new HashMap<>();
    for (Member m : ordered) {
      String id = m.articleId();
      String head = null;
      double similarity = 1;
      int best = Integer.MAX_VALUE;
      for (Edge e : byArticle.getOrDefault(id, List.of())) {
        String other = e.a().equals(id) ? e.b() : e.a();
        Story s = out.get(other); // set only for members ranked before this one
        Integer r = rank.get(other);
        if (s != null && s.storyId().equals(other) && r < best) {
          best = r;
          head = other;
          similarity = e.jaccard();
        }
      }
      out.put(id, head == null ? new Story(id, 1) : new Story(head, similarity));
    }
    return out;
  }
}
