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
}
