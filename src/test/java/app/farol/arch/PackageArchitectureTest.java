package app.farol.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The packages form a one-way graph a newcomer can walk from the entry point down to the core,
 * and only the code that owns a terminal (the command line, its measuring tools in bench, and the
 * entry point's no-display message) writes to it.
 */
class PackageArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.farol");

    @Test
    void top_level_packages_should_be_free_of_cycles() {
        slices().matching("app.farol.(*)..")
                .should()
                .beFreeOfCycles()
                .because("app wires cli, ui, serve and bench over core: a package that imports back up the graph"
                        + " can no longer be understood, tested or moved on its own")
                .check(classes);
    }

    @Test
    void core_features_should_be_free_of_cycles() {
        slices().matching("app.farol.core.(*)..")
                .should()
                .beFreeOfCycles()
                .because("each core feature (ingest, chunk, index, retrieval, answer, ...) builds on the ones below it,"
                        + " so a feature can be read and tested with only what it stands on")
                .check(classes);
    }

    @Test
    void every_package_should_be_free_of_cycles() {
        slices().matching("app.farol.(**)")
                .should()
                .beFreeOfCycles()
                .because("a sub-package (core.answer.llm, ui.ask, ...) is a part its parent uses, not a part that"
                        + " reaches back into its parent: the parent's types it needs belong below both")
                .check(classes);
    }

    @Test
    void only_the_command_line_its_tools_and_the_entry_point_write_to_standard_streams() {
        noClasses()
                .that()
                .resideOutsideOfPackages("app.farol.cli..", "app.farol.app..", "app.farol.bench..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because(
                        "the desktop has no terminal and the core and serve are libraries (bench commands print their figures like any command): they report through return values,"
                                + " listeners and SLF4J; a stray System.out or printStackTrace would mix with a command's"
                                + " output (or the parse worker's channel) and show a stack trace to a user")
                .check(classes);
    }
}
