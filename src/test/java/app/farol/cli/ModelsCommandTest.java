package app.farol.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.llm.TinyModels;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ModelsCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void should_list_the_catalogue_with_sizes_and_licences(@TempDir Path models) {
        assertThat(run("list", "--models-dir", models.toString())).isZero();

        assertThat(out.toString())
                .contains("llama-3.2-1b")
                .contains("790 MB")
                .contains("Llama 3.2 Community License")
                .contains("mistral-7b")
                .contains("Apache 2.0");
    }

    @Test
    void should_use_an_existing_model_folder_and_show_it_in_the_list(@TempDir Path models) {
        assertThat(run(
                        "use",
                        "--models-dir",
                        models.toString(),
                        TinyModels.folder().toString()))
                .isZero();
        assertThat(out.toString()).contains("Using").contains("llama");

        run("list", "--models-dir", models.toString());
        assertThat(out.toString()).contains("In use: " + TinyModels.folder().toAbsolutePath());
    }

    @Test
    void should_refuse_a_folder_that_is_not_a_model(@TempDir Path models) {
        assertThat(run("use", "--models-dir", models.toString(), models.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("config.json is missing");
    }
}
