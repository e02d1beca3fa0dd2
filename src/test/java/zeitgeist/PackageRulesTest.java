package zeitgeist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.ingest.FakeCoreClass;

/**
 * The package rules, checked on the compiled main classes (ArchUnit reads their byte code, so a
 * fully qualified name counts as much as an import):
 *
 * <ul>
 *   <li>the core ({@code ingest}, {@code text}, {@code terms}, {@code entities}, {@code lexicon},
 *       {@code analysis}) analyses one article at a time and returns its own values: it uses
 *       nothing of Spark, Hadoop, Delta or Scala, and nothing of the Spark layer's packages (the
 *       table rows, the job, the query side, the command line);
 *   <li>no two packages depend on each other, directly or around a cycle.
 * </ul>
 */
class PackageRulesTest {
  static final String[] CORE = {
    "zeitgeist.ingest..",
    "zeitgeist.text..",
    "zeitgeist.terms..",
    "zeitgeist.entities..",
    "zeitgeist.lexicon..",
    "zeitgeist.analysis.."
  };

  static final String[] NOT_FOR_THE_CORE = {
    "org.apache.spark..",
    "org.apache.hadoop..",
    "io.delta..",
    "scala..",
    "zeitgeist.tables..",
    "zeitgeist.job..",
    "zeitgeist.sql..",
    "zeitgeist.spark..",
    "zeitgeist.cli.."
  };

  static final ArchRule CORE_IS_PURE =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(NOT_FOR_THE_CORE)
          .because("the core returns its own values; the Spark layer maps them to table rows");

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("zeitgeist");
  }

  @Test
  void theCoreUsesNeitherSparkNorTheTables() {
    CORE_IS_PURE.check(main);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("zeitgeist.(*)..").should().beFreeOfCycles().check(main);
  }

  @Test
  void theRuleCatchesACoreClassThatUsesATableRow() {
    JavaClasses offender = new ClassFileImporter().importClasses(FakeCoreClass.class);
    assertThrows(AssertionError.class, () -> CORE_IS_PURE.check(offender));
  }
}
