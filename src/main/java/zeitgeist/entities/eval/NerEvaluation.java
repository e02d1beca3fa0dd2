package zeitgeist.entities.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import zeitgeist.entities.EntityRecognizer;
import zeitgeist.entities.EntityType;
import zeitgeist.entities.Mention;

/**
 * Scores an {@link EntityRecognizer} against annotated sentences by exact match: a prediction is
 * right when it covers exactly the tokens of a gold span and has its type.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each sentence's text is its tokens joined by single spaces; the recogniser sees that text
 *       alone, one sentence at a time.
 *   <li>Gold spans are the outer spans labelled exactly {@code PER}, {@code ORG} or {@code LOC}.
 *       GermEval's derived and partial labels ({@code LOCderiv}, {@code ORGpart}, ...), {@code OTH}
 *       and CoNLL's {@code MISC} are not gold, so a {@code PER}/{@code ORG}/{@code LOC} prediction
 *       on such a span is a false positive.
 *   <li>Predicted {@code MISC} mentions are ignored. A {@code PER}/{@code ORG}/{@code LOC} mention
 *       counts as predicted; it can only be a true positive when it starts at a token start and
 *       ends at a token end, so a mention cutting a token is a false positive that matches nothing.
 *   <li>A type mismatch on the right tokens is a false positive for the predicted type and a false
 *       negative for the gold type; a boundary mismatch is a false positive and a false negative.
 *   <li>Overall figures are micro-averaged: counts are summed over the three types, then divided.
 *       Conventions for zero counts are those of {@link NerCounts}.
 *   <li>The elapsed time covers recognition and post-processing only, not reading or scoring.
 * </ul>
 *
 * <p>Limits: no partial credit for overlapping spans; nested (inner) GermEval entities are not
 * scored; a recogniser that uses context beyond the sentence is not given any.
 */
public final class NerEvaluation {
  /** The types that are scored; others are neither gold nor predictions. */
  public static final Set<EntityType> SCORED_TYPES =
      Collections.unmodifiableSet(EnumSet.of(EntityType.PER, EntityType.ORG, EntityType.LOC));

  /**
   * The outcome of one evaluation: counts per scored type, how much text was recognised and how
   * long it took.
   */
  public record Report(
      String recognizer,
      Map<EntityType, NerCounts> byType,
      int sentences,
      long tokens,
      Duration elapsed) {
    public Report {
      if (!SCORED_TYPES.containsAll(byType.keySet())) {
        throw new IllegalArgumentException("counts for unscored types in " + byType.keySet());
      }
      EnumMap<EntityType, NerCounts> copy = new EnumMap<>(EntityType.class);
      for (EntityType type : SCORED_TYPES) {
        copy.put(type, byType.getOrDefault(type, NerCounts.ZERO));
      }
      byType = Collections.unmodifiableMap(copy);
    }

    /** The micro-averaged counts: the sum over {@code PER}, {@code ORG} and {@code LOC}. */
    public NerCounts overall() {
      return byType.values().stream().reduce(NerCounts.ZERO, NerCounts::plus);
    }

    /** Tokens recognised per second of {@link #elapsed()}, 0 when no time was measured. */
    public double tokensPerSecond() {
      long nanos = elapsed.toNanos();
      return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }
  }

  private NerEvaluation() {}

  /** Scores {@code recognizer} on the file, read by {@link ConllNerReader#detectingLayout()}. */
  public static Report evaluate(Path file, EntityRecognizer recognizer) {
    return evaluate(file, recognizer, Function.identity());
  }

  /**
   * Scores {@code recognizer} on the file, read by {@link ConllNerReader#detectingLayout()}, with
   * {@code postProcess} applied to each sentence's predictions before scoring.
   */
  public static Report evaluate(
      Path file, EntityRecognizer recognizer, Function<List<Mention>, List<Mention>> postProcess) {
    return evaluate(ConllNerReader.detectingLayout().read(file), recognizer, postProcess);
  }

  /**
   * Scores {@code recognizer} on {@code sentences}. {@code postProcess} gets each sentence's
   * mentions (offsets into the sentence text) and returns those to score.
   */
  public static Report evaluate(
      List<LabeledSentence> sentences,
      EntityRecognizer recognizer,
      Function<List<Mention>, List<Mention>> postProcess) {
    int types = EntityType.values().length;
    long[] gold = new long[types];
    long[] predicted = new long[types];
    long[] truePositives = new long[types];
    long tokens = 0;
    long nanos = 0;
    for (LabeledSentence sentence : sentences) {
      SentenceText text = SentenceText.of(sentence.tokens());
      long start = System.nanoTime();
      List<Mention> mentions =
          Objects.requireNonNull(
              postProcess.apply(recognizer.recognize(text.text())),
              "post-processing returned null");
      nanos += System.nanoTime() - start;
      tokens += sentence.tokens().size();

      Set<TypedSpan> unmatched = new HashSet<>();
      for (LabeledSentence.Span span : sentence.spans()) {
        Optional<EntityType> type = goldType(span.label());
        if (type.isPresent()) {
          unmatched.add(new TypedSpan(span.firstToken(), span.endToken(), type.get()));
          gold[type.get().ordinal()]++;
        }
      }
      for (Mention m : mentions) {
        if (!SCORED_TYPES.contains(m.type())) {
          continue;
        }
        predicted[m.type().ordinal()]++;
        TypedSpan span = text.tokenSpan(m);
        if (span != null && unmatched.remove(span)) {
          truePositives[m.type().ordinal()]++;
        }
      }
    }
    Map<EntityType, NerCounts> byType = new EnumMap<>(EntityType.class);
    for (EntityType type : SCORED_TYPES) {
      int i = type.ordinal();
      byType.put(type, new NerCounts(gold[i], predicted[i], truePositives[i]));
    }
    return new Report(recognizer.name(), byType, sentences.size(), tokens, Duration.ofNanos(nanos));
  }

  /** The gold type of an outer label: {@code PER}, {@code ORG} or {@code LOC} exactly, or none. */
  public static Optional<EntityType> goldType(String label) {
    return switch (label) {
      case "PER" -> Optional.of(EntityType.PER);
      case "ORG" -> Optional.of(EntityType.ORG);
      case "LOC" -> Optional.of(EntityType.LOC);
      default -> Optional.empty();
    };
  }

  /** Tokens {@code [firstToken, endToken)} with a type. */
  private record TypedSpan(int firstToken, int endToken, EntityType type) {}

  /** A sentence's tokens joined by single spaces, with each token's character span. */
  private record SentenceText(String text, int[] starts, int[] ends) {
    static SentenceText of(List<String> tokens) {
      StringBuilder sb = new StringBuilder();
      int[] starts = new int[tokens.size()];
      int[] ends = new int[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        starts[i] = sb.length();
        sb.append(tokens.get(i));
        ends[i] = sb.length();
      }
      return new SentenceText(sb.toString(), starts, ends);
    }

    /** The tokens the mention covers exactly, or null when it cuts a token. */
    TypedSpan tokenSpan(Mention m) {
      int first = Arrays.binarySearch(starts, m.start());
      int last = Arrays.binarySearch(ends, m.end());
      return first >= 0 && last >= first ? new TypedSpan(first, last + 1, m.type()) : null;
    }
  }
}
