package app.farol.core.model;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The pins of the catalogue's models, read from {@code pins.json} (repository -> pin). A
 * maintainer fills it with {@code farol models pin ID}, run once where the network exists; a
 * catalogue model without a pin cannot be downloaded (nothing is trusted unverified).
 */
public final class ModelPins {
    private static final Map<String, ModelPin> PINS = load();

    private ModelPins() {}

    public static Optional<ModelPin> of(String repository) {
        return Optional.ofNullable(PINS.get(repository));
    }

    /** @throws FarolException saying how to pin it when the entry has no pin yet */
    public static ModelPin require(CatalogueEntry e) {
        return of(e.repository())
                .orElseThrow(
                        () -> new FarolException(
                                "The catalogue model " + e.id()
                                        + " has no pinned files and checksums yet, so Farol will not download it. A maintainer runs"
                                        + " 'farol models pin " + e.id()
                                        + "' where the network is available and adds its output to pins.json."
                                        + " Meanwhile, download the model yourself and choose its folder with 'farol models use DIR'."));
    }

    private static Map<String, ModelPin> load() {
        try (InputStream in = ModelPins.class.getResourceAsStream("pins.json")) {
            if (in == null) {
                return Map.of();
            }
            return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, ModelPin>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException("pins.json is damaged", e);
        }
    }
}
