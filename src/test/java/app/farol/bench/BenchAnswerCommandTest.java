package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchAnswerCommandTest {

    @Test
    void should_print_speeds_with_and_without_the_reused_prefix_on_a_tiny_model() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new BenchAnswerCommand());
        cl.setOut(new PrintWriter(out));

        assertThat(cl.execute("--tiny", "--tokens", "8")).isZero();
        assertThat(out.toString())
                .contains("prefix reused")
                .contains("time to first token")
                .contains("tokens/s ceiling")
                .contains("Peak memory");
    }
}
