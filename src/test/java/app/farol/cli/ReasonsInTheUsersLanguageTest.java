package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.settings.Settings;
import app.farol.core.settings.SettingsStore;
import app.farol.testing.CommandRun;
import app.farol.testing.EncryptedZip;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal says why files were not read in the language the settings choose, as the window
 * does, from the same sentences; {@code --json} keeps stable, language-free kinds and causes.
 */
class ReasonsInTheUsersLanguageTest {
    @TempDir
    Path temp;

    private Path docs;
    private String index;

    @BeforeEach
    void library() throws Exception {
        docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("boat.txt"), "The boat Gaivota is moored at pier 7 in Cascais.");
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        EncryptedZip.write(docs.resolve("locked.zip"), "letter.txt", "Dear harbour master", "secret");
        index = temp.resolve("index").toString();
    }

    /** The build's own settings file (pom.xml), put back after each case. */
    private final String buildSettings = System.getProperty("farol.settings");

    @AfterEach
    void usual_settings() {
        if (buildSettings == null) {
            System.clearProperty("farol.settings");
        } else {
            System.setProperty("farol.settings", buildSettings);
        }
    }

    @Test
    void should_print_the_reasons_in_portuguese_under_a_portuguese_setting() throws Exception {
        useLanguage("pt");

        CommandRun indexed = CommandRun.of("index", "--index", index, docs.toString());
        assertThat(indexed.exitCode()).as(indexed.err()).isZero();
        assertThat(indexed.out())
                .contains("  skipped: " + docs.resolve("empty.txt") + ": arquivo vazio")
                .contains("  failed: " + docs.resolve("locked.zip") + ": protegido: precisa de senha")
                .doesNotContain("empty file", "needs a password");

        CommandRun status = CommandRun.of("status", "--index", index);
        assertThat(status.out())
                .contains(docs.resolve("empty.txt") + ": arquivo vazio")
                .contains(docs.resolve("locked.zip") + ": protegido: precisa de senha");

        CommandRun json = CommandRun.of("status", "--json", "--index", index);
        Map<String, JsonNode> failures = failures(Json.mapper().readTree(json.out()));
        JsonNode empty = failures.get("empty.txt");
        assertThat(empty.get("kind").asText()).isEqualTo("no text");
        assertThat(empty.get("cause").asText()).isEqualTo("empty_file");
        assertThat(empty.get("details")).isEmpty();
        assertThat(empty.get("reason").asText()).isEqualTo("arquivo vazio");
        assertThat(failures.get("locked.zip").get("kind").asText()).isEqualTo("encrypted");
    }

    @Test
    void should_print_them_in_english_under_an_english_setting() throws Exception {
        useLanguage("en");
        CommandRun indexed = CommandRun.of("index", "--json", "--index", index, docs.toString());
        Map<String, JsonNode> failures = failures(Json.mapper().readTree(indexed.out()));
        assertThat(failures.get("empty.txt").get("reason").asText()).isEqualTo("empty file");
        assertThat(failures.get("empty.txt").get("cause").asText()).isEqualTo("empty_file");
        assertThat(failures.get("locked.zip").get("reason").asText()).isEqualTo("encrypted: needs a password");
    }

    private void useLanguage(String code) {
        Path file = temp.resolve("config/settings.json");
        new SettingsStore(file).save(Settings.defaults(docs).withLanguage(code));
        System.setProperty("farol.settings", file.toString());
    }

    private static Map<String, JsonNode> failures(JsonNode report) {
        Map<String, JsonNode> byName = new HashMap<>();
        report.get("failures")
                .forEach(f ->
                        byName.put(Path.of(f.get("path").asText()).getFileName().toString(), f));
        return byName;
    }
}
