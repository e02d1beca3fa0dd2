package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import zeitgeist.config.ConfigException;

/** {@code run --config FILE}: the file's options, the command line's winning, bad keys named. */
class RunConfigFileTest {
  @TempDir Path tmp;

  private static CommandSpec run() {
    return new CommandLine(new ZeitgeistCommand()).getSubcommands().get("run").getCommandSpec();
  }

  private Path file(String text) throws Exception {
    return Files.writeString(tmp.resolve("zeitgeist.conf"), text);
  }

  @Test
  void theFilesOptionsBecomeArgumentsAndTheCommandLineWins() throws Exception {
    Path f =
        file(
            "# nightly\n"
                + "input = /data/news, /data/wire\n"
                + "warehouse /data/wh\n"
                + "ner = gazetteer\n"
                + "keep-stopwords = true\n"
                + "full = false\n"
                + "lexicon = sentiws=/x/SentiWS, tone=/x/tone.tsv\n");
    List<String> args =
        RunConfigFile.expand(run(), List.of("--config", f.toString(), "--ner", "none"));
    assertEquals(
        List.of(
            "--ner",
            "none",
            "--input=/data/news",
            "--input=/data/wire",
            "--keep-stopwords",
            "--lexicon=sentiws=/x/SentiWS",
            "--lexicon=tone=/x/tone.tsv",
            "--warehouse=/data/wh"),
        args);
    CommandLine.ParseResult parsed =
        new CommandLine(new ZeitgeistCommand())
            .parseArgs(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("run"), args.stream())
                    .toArray(String[]::new));
    RunCommand cmd = (RunCommand) parsed.subcommand().commandSpec().userObject();
    assertEquals(List.of("/data/news", "/data/wire"), cmd.inputs);
    assertEquals("none", cmd.ner);
    assertTrue(cmd.keepStopwords);
  }

  @Test
  void aListOnTheCommandLineReplacesTheFilesList() throws Exception {
    Path f = file("input = /data/news, /data/wire\nwarehouse = /data/wh\n");
    List<String> args = RunConfigFile.expand(run(), List.of("--config=" + f, "-i", "/tmp/one"));
    assertEquals(List.of("-i", "/tmp/one", "--warehouse=/data/wh"), args);
  }

  @Test
  void sparkSettingsBecomeSystemPropertiesUnlessSetAlready() throws Exception {
    String key = "spark.zeitgeist.configFileTest";
    System.setProperty(key + ".set", "launcher");
    try {
      Path f = file(key + " = 7\n" + key + ".set = file\nwarehouse = /data/wh\n");
      RunConfigFile.expand(run(), List.of("--config", f.toString()));
      assertEquals("7", System.getProperty(key));
      assertEquals("launcher", System.getProperty(key + ".set"));
    } finally {
      System.clearProperty(key);
      System.clearProperty(key + ".set");
    }
  }

  @Test
  void badKeysAndValuesNameTheFileAndTheKey() throws Exception {
    Path f = file("inptu = /data/news\n");
    String message = expandError(f);
    assertTrue(message.startsWith(f + ": unknown key 'inptu'"), message);

    Path g = file("max-article-bytes = lots\n");
    message = expandError(g);
    assertTrue(message.startsWith(g + ": key 'max-article-bytes': "), message);

    Path h = file("full = yes\n");
    assertEquals(h + ": key 'full' takes true or false, not 'yes'", expandError(h));
  }

  /** The message of the error that expanding {@code run --config FILE} must raise. */
  private static String expandError(Path file) {
    return assertThrows(
            ConfigException.class,
            () -> RunConfigFile.expand(run(), List.of("--config", file.toString())))
        .getMessage();
  }

  @Test
  void aBadFileIsOneLineAndExitCodeTwo() throws Exception {
    Path f = file("ner = spacy\ninput = x\nwarehouse = y\n");
    for (String[] args :
        List.of(
            new String[] {"run", "--config", f.toString()},
            new String[] {"run", "--config", tmp.resolve("missing.conf").toString()})) {
      StringWriter err = new StringWriter();
      int code =
          ZeitgeistCommand.execute(
              new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
      assertEquals(2, code);
      assertEquals(1, err.toString().strip().lines().count(), err.toString());
      assertTrue(err.toString().startsWith("zeitgeist run: error: "), err.toString());
    }
  }
}
