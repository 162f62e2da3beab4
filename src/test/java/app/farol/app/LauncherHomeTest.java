package app.farol.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs Farol with the {@code HOME} the person set: Java alone takes the home folder
 * from the password database, so {@code HOME=/tmp/x ./farol} would still read the real home.
 */
class LauncherHomeTest {

    @Test
    void should_use_the_home_folder_of_the_environment(@TempDir Path home) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder("bash", Path.of("farol").toAbsolutePath().toString(), "models", "list");
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.remove("FAROL_MODELS");
        env.put("FAROL_NO_BUILD", "1"); // Maven built target/ already; a rebuild would race this run
        env.remove("XDG_CONFIG_HOME");
        env.remove("XDG_DATA_HOME");
        pb.redirectErrorStream(true);
        String output = run(pb);
        assertThat(output).contains("Models folder: " + home.resolve(".farol").resolve("models"));
    }

    private static String run(ProcessBuilder pb) throws IOException, InterruptedException {
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
