package zeitgeist.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zeitgeist.stories.StoryGrouping.Edge;
import zeitgeist.stories.StoryGrouping.Member;
import zeitgeist.stories.StoryGrouping.Story;

class StoryGroupingTest {
  private static Member day(String id, String date) {
    return new Member(id, LocalDate.parse(date), "day", "src");
  }

  @Test
  void theBestDatedCopyHeadsTheStory() {
    List<Member> m =
        List.of(
            day("b", "2024-03-02"),
            day("a", "2024-03-03"),
            new Member("c", null, null, "src"),
            new Member("d", LocalDate.parse("2024-03-01"), "month", "src"));
    List<Edge> e =
        List.of(new Edge("a", "b", 0.8), new Edge("b", "c", 0.7), new Edge("d", "a", 0.9));
    Map<String, Story> s = StoryGrouping.group(m, e);
    assertEquals(new Story("b", 1), s.get("b"));
    assertEquals(new Story("b", 0.8), s.get("a"));
    assertEquals(new Story("b", 0.7), s.get("c"));
    // month-precise ranks after day-precise; it is a copy of a only, which is not a head
    assertEquals(new Story("d", 1), s.get("d"));
  }

  @Test
  void aChainOfSmallEditsDoesNotJoinUnrelatedArticles() {
    List<Member> m = new ArrayList<>();
    List<Edge> e = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      m.add(day("v" + i, "2024-01-0" + (i + 1)));
      if (i > 0) e.add(new Edge("v" + (i - 1), "v" + i, 0.6));
    }
    Map<String, Story> s = StoryGrouping.group(m, e);
    // v0 heads, v1 copies v0, v2 copies only v1 (not a head): a new story, and so on
    assertEquals(
        List.of("v0", "v0", "v2", "v2", "v4", "v4"),
        m.stream().map(x -> s.get(x.articleId()).storyId()).toList());
  }

  /** The rules, checked on random graphs, and the same outcome for any input order. */
  @Test
  void randomGraphsFollowTheRulesInAnyOrder() {
    Random r = new Random(3);
    for (int t = 0; t < 200; t++) {
      int n = 2 + r.nextInt(30);
      List<Member> m = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        m.add(
            new Member(
                "a" + i,
                r.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1 + r.nextInt(5)),
                r.nextInt(4) == 0 ? "month" : "day",
                r.nextBoolean() ? "s" : null));
      }
      List<Edge> e = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int k = r.nextInt(3 * n); k > 0; k--) {
        int i = r.nextInt(n);
        int j = r.nextInt(n);
        if (i != j && seen.add(Math.min(i, j) + "-" + Math.max(i, j))) {
          e.add(new Edge("a" + i, "a" + j, 0.5 + r.nextInt(50) / 100.0));
        }
      }
      Map<String, Story> s = StoryGrouping.group(m, e);
      List<Member> sorted = new ArrayList<>(m);
      sorted.sort(Member.ORDER);
      for (Member x : m) {
        Story st = s.get(x.articleId());
        String head = st.storyId();
        assertEquals(head, s.get(head).storyId(), "a story's head heads its own story");
        if (!head.equals(x.articleId())) {
          assertTrue(sorted.indexOf(byId(m, head)) < sorted.indexOf(x), "the head ranks first");
          assertTrue(
              e.stream()
                  .anyMatch(
                      y ->
                          y.jaccard() == st.similarity()
                              && Set.of(y.a(), y.b()).equals(Set.of(head, x.articleId()))),
              "a direct edge");
        } else {
          // a head has no edge to a better-ranked head
          for (Edge y : e) {
            String other = y.a().equals(head) ? y.b() : y.b().equals(head) ? y.a() : null;
            if (other != null && s.get(other).storyId().equals(other)) {
              assertTrue(sorted.indexOf(byId(m, other)) > sorted.indexOf(x));
            }
          }
        }
      }
      List<Member> shuffled = new ArrayList<>(m);
      Collections.shuffle(shuffled, r);
      List<Edge> flipped = new ArrayList<>();
      for (Edge y : e) flipped.add(r.nextBoolean() ? y : new Edge(y.b(), y.a(), y.jaccard()));
      Collections.shuffle(flipped, r);
      assertEquals(s, StoryGrouping.group(shuffled, flipped));
    }
  }

  private static Member byId(List<Member> m, String id) {
    return m.stream().filter(x -> x.articleId().equals(id)).findFirst().orElseThrow();
  }
}
