package app.farol.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.embed.NetworkSwitches;
import org.junit.jupiter.api.Test;

/** The libraries' "call home" switches are thrown before they are first used (PRIVACY.md). */
class TelemetrySwitchesTest {

    @Test
    void should_switch_off_djl_tracking_and_downloads_and_onnx_telemetry_when_the_embedder_exists() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        assertThat(embedder.embed("a harbour at night")).hasSize(384);

        assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
        assertThat(System.getProperty("ai.djl.offline"))
                .as("DJL never downloads")
                .isEqualTo("true");
        assertThat(NetworkSwitches.onnxTelemetryOff())
                .as("OrtEnvironment.setTelemetry(false) was called")
                .isTrue();
    }
}
