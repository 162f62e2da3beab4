package app.farol.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FarolPathsTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void should_put_the_default_index_in_the_users_data_folder_on_each_platform() {
        assertThat(FarolPaths.dataFolder("Linux", null, null, HOME)).isEqualTo(Path.of("/home/ana/.local/share/farol"));
        assertThat(FarolPaths.dataFolder("Linux", "/data/ana", null, HOME)).isEqualTo(Path.of("/data/ana/farol"));
        assertThat(FarolPaths.dataFolder("Linux", "relative/ignored", null, HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/farol"));
        assertThat(FarolPaths.dataFolder("Mac OS X", null, null, HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Farol"));
        assertThat(FarolPaths.dataFolder("Windows 11", null, "/c/Users/ana/AppData/Local", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Local/Farol"));
    }

    @Test
    void should_never_default_the_index_into_the_install_folder() {
        System.setProperty("farol.home", "/opt/farol");
        try {
            assertThat(FarolPaths.defaultIndex().startsWith(Path.of("/opt/farol")))
                    .isFalse();
            assertThat(FarolPaths.defaultIndex().getFileName()).hasToString("index");
        } finally {
            System.clearProperty("farol.home");
        }
    }
}
