package zeitgeist.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOptionsTest {
  @TempDir Path dir;

  @Test
  void intervalsWithTheirUnits() {
    assertEquals(Duration.ofMillis(500), ReportOptions.parseInterval("500ms"));
    assertEquals(Duration.ofSeconds(30), ReportOptions.parseInterval("30s"));
    assertEquals(Duration.ofMinutes(2), ReportOptions.parseInterval("2m"));
    assertEquals(Duration.ofMinutes(2), ReportOptions.parseInterval(" 2MIN "));
    assertEquals(Duration.ofHours(24), ReportOptions.parseInterval("24h"));
    assertEquals(Duration.ofMillis(10), ReportOptions.parseInterval("10ms"));
  }

  @Test
  void badIntervalsNameTheValue() {
    for (String bad : new String[] {"30", "1.5s", "-1s", "s", "30 seconds", ""}) {
      ConfigException e =
          assertThrows(ConfigException.class, () -> ReportOptions.parseInterval(bad), bad);
      assertEquals(
          "--progress-every expects a duration such as 30s, 2m or 500ms, got '" + bad + "'",
          e.getMessage());
    }
    assertEquals(
        "--progress-every must be between 10ms and 24h, got '25h'",
        assertThrows(ConfigException.class, () -> ReportOptions.parseInterval("25h")).getMessage());
    assertEquals(
        "--progress-every must be between 10ms and 24h, got '0s'",
        assertThrows(ConfigException.class, () -> ReportOptions.parseInterval("0s")).getMessage());
  }

  @Test
  void defaultsAndJson() {
    ReportOptions d = ReportOptions.of("auto", "30s", "text", null);
    assertEquals(ReportOptions.DEFAULT, d);
    assertFalse(d.wantsJson());
    assertTrue(ReportOptions.of("none", "30s", "json", null).wantsJson());
    ReportOptions file = ReportOptions.of("LOG", "1m", "text", "summary.json");
    assertTrue(file.wantsJson());
    assertEquals(ReportOptions.Progress.LOG, file.progress());
    assertTrue(file.summaryFile().isAbsolute());
  }

  @Test
  void theSummaryFileMustBeWritableWhereItIs() throws Exception {
    ReportOptions.of("auto", "30s", "text", dir.resolve("s.json").toString()).checkSummaryFile();
    Path missing = dir.resolve("none");
    assertEquals(
        "--summary-file: no such directory: " + missing,
        assertThrows(
                ConfigException.class,
                () ->
                    ReportOptions.of("auto", "30s", "text", missing.resolve("s.json").toString())
                        .checkSummaryFile())
            .getMessage());
    Path folder = Files.createDirectory(dir.resolve("folder"));
    assertEquals(
        "--summary-file is a directory: " + folder,
        assertThrows(
                ConfigException.class,
                () -> ReportOptions.of("auto", "30s", "text", folder.toString()).checkSummaryFile())
            .getMessage());
  }
}
