package app.farol.core.eval;

import app.farol.core.embed.Embedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link Embedder} that remembers every vector it computed, by a hash of the text, in a file.
 *
 * <p>For evaluation only: trying a new analyzer or fusion on a collection then costs seconds
 * instead of re-embedding thousands of passages, while any change to the embedded text (chunking,
 * title prefix) still embeds anew. The file is written by {@link #save()} (whole, then renamed),
 * so a run that dies never leaves a half-written cache. Thread-safe.
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder inner;
    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();
    private volatile long misses;
    private volatile long hits;

    /** Loads the cache file if there is one; a damaged file is ignored. */
    public CachingEmbedder(Embedder inner, Path file) {
        this.inner = inner;
        this.file = file;
        load();
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<String> missing = new ArrayList<>();
        long fromFile = 0;
        for (String t : texts) {
            String key = key(t);
            if (!vectors.containsKey(key)) {
                missing.add(t);
            } else if (loaded.contains(key)) {
                fromFile++;
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> computed = inner.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(key(missing.get(i)), computed.get(i));
            }
        }
        misses += missing.size();
        hits += fromFile;
        return texts.stream().map(t -> vectors.get(key(t))).toList();
    }

    /** Texts that had to be embedded since this cache was opened. */
    public long misses() {
        return misses;
    }

    /** Texts whose vector came from the cache file (not from this run's own repeats). */
    public long hits() {
        return hits;
    }

    /** Writes every vector known to the cache file. */
    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeShort(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String key;
                try {
                    key = in.readUTF();
                } catch (EOFException end) {
                    return;
                }
                float[] v = new float[in.readShort()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(key, v);
                loaded.add(key);
            }
        } catch (IOException e) {
            vectors.clear(); // a damaged cache only costs time
        }
    }

    private static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public int maxTokens() {
        return inner.maxTokens();
    }

    @Override
    public int countTokens(String text) {
        return inner.countTokens(text);
    }

    @Override
    public String name() {
        return inner.name();
    }
}
