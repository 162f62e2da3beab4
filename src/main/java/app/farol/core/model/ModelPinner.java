package app.farol.core.model;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Produces a {@link ModelPin} for a repository: a maintainer's tool ({@code farol models pin ID}),
 * run once where the network exists; its output goes into {@code pins.json}. Reads the commit
 * {@code main} points at now, lists that commit's files, keeps the ones a model needs, and takes
 * each SHA-256 from the listing (large files) or by hashing the file (small JSON files).
 */
public final class ModelPinner {
    private static final List<String> SUFFIXES = List.of(".json", ".safetensors");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final URI base;

    public ModelPinner(URI base) {
        this.base = base;
    }

    public ModelPin pin(String repository) {
        try (HttpClient http = ModelDownloader.newClient()) {
            String commit = json(http, "/api/models/" + repository + "/revision/main")
                    .path("sha")
                    .asText("");
            List<ModelPin.PinnedFile> files = new ArrayList<>();
            for (JsonNode n : json(http, "/api/models/" + repository + "/tree/" + commit)) {
                String path = n.path("path").asText();
                if (!"file".equals(n.path("type").asText("file"))
                        || SUFFIXES.stream().noneMatch(path::endsWith)) {
                    continue;
                }
                JsonNode lfs = n.path("lfs");
                String sha256 = lfs.isMissingNode()
                        ? sha256(get(http, "/" + repository + "/resolve/" + commit + "/" + path))
                        : lfs.path("oid").asText();
                files.add(new ModelPin.PinnedFile(
                        path,
                        lfs.isMissingNode()
                                ? n.path("size").asLong()
                                : lfs.path("size").asLong(),
                        sha256));
            }
            return new ModelPin(commit, files);
        }
    }

    private JsonNode json(HttpClient http, String path) {
        try {
            return new ObjectMapper().readTree(get(http, path));
        } catch (IOException e) {
            throw new FarolException(
                    "The model server sent something unreadable for " + path + ": " + e.getMessage(), e);
        }
    }

    private byte[] get(HttpClient http, String path) {
        URI uri = base.resolve(path);
        try {
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new FarolException("The model server answered " + r.statusCode() + " for " + uri + ".");
            }
            return r.body();
        } catch (IOException e) {
            throw new FarolException("Could not reach the model server " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarolException("Pinning was interrupted.", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
