package zeitgeist.ingest;

import zeitgeist.tables.RejectRow;

/** A core class that breaks the package rules, for {@code PackageRulesTest} to catch. */
public final class FakeCoreClass {
  private FakeCoreClass() {}

  /** Fills a table row: what a core class must not do. */
  public static RejectRow reject() {
    return new RejectRow("run", "in", "file", "no_text", "empty");
  }
}
