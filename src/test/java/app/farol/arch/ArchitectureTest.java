package app.farol.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core never touches the desktop toolkit; the UI renders and forwards, the app wires. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.farol");

    @Test
    void core_should_not_use_swing_or_awt() {
        noClasses()
                .that()
                .resideInAPackage("app.farol.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javax.swing..",
                        "java.awt",
                        "java.awt.event..",
                        "java.awt.dnd..",
                        "java.awt.datatransfer..",
                        "java.awt.desktop..",
                        "java.awt.im..",
                        "java.awt.print..",
                        "com.formdev..")
                .because(
                        "windows, drawing surfaces and the toolkit are the desktop's; pixels are data: OCR reads"
                                + " page images in the parse worker with java.awt.image and java.awt.geom, which need no display")
                .check(classes);
    }

    @Test
    void core_should_not_depend_on_front_ends() {
        noClasses()
                .that()
                .resideInAPackage("app.farol.core..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("app.farol.ui..", "app.farol.cli..", "app.farol.app..")
                .check(classes);
    }

    @Test
    void command_line_should_not_use_swing() {
        noClasses()
                .that()
                .resideInAPackage("app.farol.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.swing..", "app.farol.ui..")
                .check(classes);
    }

    @Test
    void the_store_contract_should_not_use_lucene() {
        noClasses()
                .that()
                .resideInAPackage("app.farol.core.store")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.lucene..", "app.farol.core.store.lucene..")
                .because("core.store is the contract every store implements (the embedded Lucene one, an engine"
                        + " in other processes): a Lucene type in it would make every other store depend on"
                        + " Lucene's query and index classes")
                .check(classes);
    }

    @Test
    void only_the_wiring_and_the_benchmarks_should_know_the_lucene_store() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "app.farol.core.store.lucene..",
                        "app.farol.workspace..",
                        "app.farol.app..",
                        "app.farol.bench..",
                        "app.farol.core.eval..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("app.farol.core.store.lucene..")
                .because("indexing, retrieval, answers and front ends talk to a PassageStore, so that another store"
                        + " can take the embedded one's place; Workspace (and app) choose the store, and the"
                        + " benchmarks (bench, and core.eval behind `farol eval`) measure the embedded store itself")
                .check(classes);
    }

    @Test
    void only_the_lucene_store_should_use_lucene_indexes_and_queries() {
        noClasses()
                .that()
                .resideOutsideOfPackages("app.farol.core.store.lucene..", "app.farol.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.lucene.index..",
                        "org.apache.lucene.search..",
                        "org.apache.lucene.store..",
                        "org.apache.lucene.document..")
                .because("what a question becomes is a store-neutral KeywordQuery that each store translates;"
                        + " core.text may use Lucene's analysis (tokenizers, stemmers), which another store"
                        + " mirrors with the same filters; bench checks the embedded index with CheckIndex")
                .check(classes);
    }
}
