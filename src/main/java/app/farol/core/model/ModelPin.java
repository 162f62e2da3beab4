package app.farol.core.model;

import app.farol.core.util.FarolException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a catalogue model is, fixed in advance: the repository's commit and each file with its
 * size and SHA-256. A download fetches exactly these files at exactly this commit and keeps a
 * file only when its size and hash match, so the server cannot change what is installed.
 * Produced once, where the network exists, by {@code farol models pin ID} (see
 * {@link ModelDownloader#pin}); stored in {@code pins.json} next to this class.
 */
public record ModelPin(String commit, List<PinnedFile> files) {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** A file of the pinned commit. */
    public record PinnedFile(String path, long size, String sha256) {}

    public ModelPin {
        files = List.copyOf(files);
        if (commit == null || !COMMIT.matcher(commit).matches()) {
            throw new FarolException("A model pin needs a 40-hex-digit commit, not '" + commit + "'.");
        }
        for (PinnedFile f : files) {
            if (f.path() == null
                    || f.path().isBlank()
                    || f.path().startsWith("/")
                    || f.path().contains("..")
                    || f.path().contains("\\")) {
                throw new FarolException("A model pin lists an unsafe file name: '" + f.path() + "'.");
            }
            if (f.size() < 0
                    || f.sha256() == null
                    || !SHA256.matcher(f.sha256()).matches()) {
                throw new FarolException("The model pin of " + f.path() + " needs a size and a 64-hex-digit SHA-256.");
            }
        }
        if (files.stream().noneMatch(f -> f.path().endsWith(".safetensors"))) {
            throw new FarolException("A model pin must list the .safetensors weights.");
        }
    }

    public long totalBytes() {
        return files.stream().mapToLong(PinnedFile::size).sum();
    }
}
