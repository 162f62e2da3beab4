package app.farol.core.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throws every "call home" switch of the libraries behind the embedder, once, before their first
 * use (PRIVACY.md):
 *
 * <ul>
 *   <li>DJL (the tokenizer): {@code OPT_OUT_TRACKING=true} (no probe of the cloud metadata
 *       address, no telemetry ping) and {@code ai.djl.offline=true} (never download a native
 *       library or a model: the tokenizer's native code comes from its jar).
 *   <li>ONNX Runtime: {@code OrtEnvironment.setTelemetry(false)}. The Windows build ships
 *       Microsoft's telemetry provider, on by default; elsewhere the call does nothing.
 * </ul>
 *
 * Thread-safe.
 */
public final class NetworkSwitches {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkSwitches.class);
    private static volatile boolean onnxTelemetryOff;

    private NetworkSwitches() {}

    /** Sets DJL's switches; call before the first DJL class is used. */
    public static void djlOff() {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
    }

    /** Switches ONNX Runtime's telemetry off on the process-wide environment; idempotent. */
    public static synchronized OrtEnvironment onnxEnvironment() {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        if (!onnxTelemetryOff) {
            try {
                environment.setTelemetry(false);
                onnxTelemetryOff = true;
            } catch (OrtException e) {
                LOG.warn("Could not switch ONNX Runtime's telemetry off: {}", e.getMessage());
            }
        }
        return environment;
    }

    /** Whether {@link #onnxEnvironment} has switched ONNX Runtime's telemetry off. */
    public static boolean onnxTelemetryOff() {
        return onnxTelemetryOff;
    }
}
