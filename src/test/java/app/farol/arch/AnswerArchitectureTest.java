package app.farol.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AnswerArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.farol.core.answer", "app.farol.core.model");

    @Test
    void should_keep_answer_and_model_code_free_of_swing_and_awt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.swing..", "java.awt..")
                .check(CORE);
    }

    @Test
    void should_never_use_langchain4j_jlama_classes_that_call_the_network() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.langchain4j.model.jlama..")
                .check(CORE);
    }

    @Test
    void should_open_network_connections_only_in_the_downloader() {
        // The download, its stall watch, and the maintainers' pin command (PRIVACY.md lists both calls);
        // and the client of a model server the user names with --model-server (PRIVACY.md, that section).
        noClasses()
                .that()
                .doNotHaveSimpleName("ModelDownloader")
                .and()
                .doNotHaveSimpleName("StallWatch")
                .and()
                .doNotHaveSimpleName("ModelPinner")
                .and()
                .doNotHaveSimpleName("ModelServer")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..")
                .check(CORE);
    }
}
