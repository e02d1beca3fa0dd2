package zeitgeist.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code zeitgeist run} printed about itself: its stage laps (the {@code StageClock} lines
 * on stderr, {@code zeitgeist: <stage> <seconds> s <jobs> Spark jobs}) and its summary line on
 * stdout. Other lines (Spark's warnings) are ignored.
 */
record RunLog(List<Stage> stages, Optional<Summary> summary) {
  private static final Pattern STAGE =
      Pattern.compile("zeitgeist: (.+?)\\s+(\\d+(?:\\.\\d+)?) s\\s+(\\d+) Spark jobs\\s*");
  private static final Pattern SUMMARY =
      Pattern.compile(
          "run (\\S+): read (\\d+), new (\\d+), unchanged (\\d+)(?:, changed \\d+)?, rejected (\\d+)"
              + " \\(\\d+ not seen before[^)]*\\), written (\\d+) \\((\\d+) duplicates[^)]*\\) in"
              + " (\\d+(?:\\.\\d+)?) s.*");

  /** One lap: a stage's name, its seconds and the Spark jobs it ran. */
  record Stage(String name, double seconds, int jobs) {}

  /**
   * The summary line's figures; {@code articles} = read − rejected, the count behind the run's own
   * articles/s.
   */
  record Summary(
      String runId, long read, long rejected, long written, long duplicates, double seconds) {
    long articles() {
      return read - rejected;
    }
  }

  static RunLog parse(List<String> stderr, List<String> stdout) {
    List<Stage> stages = new ArrayList<>();
    for (String line : stderr) {
      Matcher m = STAGE.matcher(line);
      if (m.matches()) {
        stages.add(
            new Stage(m.group(1), Double.parseDouble(m.group(2)), Integer.parseInt(m.group(3))));
      }
    }
    Summary summary = null;
    for (String line : stdout) {
      Matcher m = SUMMARY.matcher(line.strip());
      if (m.matches()) {
        summary =
            new Summary(
                m.group(1),
                Long.parseLong(m.group(2)),
                Long.parseLong(m.group(5)),
                Long.parseLong(m.group(6)),
                Long.parseLong(m.group(7)),
                Double.parseDouble(m.group(8)));
      }
    }
    return new RunLog(List.copyOf(stages), Optional.ofNullable(summary));
  }

  double stageSeconds() {
    return stages.stream().mapToDouble(Stage::seconds).sum();
  }

  int jobs() {
    return stages.stream().mapToInt(Stage::jobs).sum();
  }
}
