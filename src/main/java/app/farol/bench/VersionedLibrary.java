package app.farol.bench;

import app.farol.core.ingest.FileHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder of generated text files whose every sentence names the file's version, so an index
 * can be checked to hold, for each file, passages of one version only. Not thread-safe.
 */
final class VersionedLibrary {
    private static final Pattern VERSION = Pattern.compile("version (\\d+)\\b");
    private static final String[] TOPICS = {
        "the harbour light",
        "the tide table",
        "the ferry timetable",
        "the fishing quota",
        "the lighthouse lens",
        "the storm shutters",
        "the keeper's logbook",
        "the signal flags"
    };

    private final Path folder;
    private final List<Path> files = new ArrayList<>();
    private final Map<Path, Integer> versions = new HashMap<>();
    private final Map<Path, Map<Integer, String>> hashes = new HashMap<>();

    VersionedLibrary(Path folder, int count) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < count; i++) {
            Path f = folder.resolve(String.format(Locale.ROOT, "note-%03d.txt", i));
            files.add(f);
            write(f, 1);
        }
    }

    Path folder() {
        return folder;
    }

    List<Path> files() {
        return files;
    }

    /** Rewrites a few random files with their next version. */
    void changeSome(Random random, int howMany) {
        for (int i = 0; i < howMany; i++) {
            Path f = files.get(random.nextInt(files.size()));
            write(f, versions.get(f) + 1);
        }
    }

    boolean isVersioned(Path file) {
        return versions.containsKey(file);
    }

    /** SHA-256 of the given version of the file, or null if that version was never written. */
    String hashOf(Path file, int version) {
        return hashes.getOrDefault(file, Map.of()).get(version);
    }

    /** Every version number the text mentions. */
    static List<Integer> versionsIn(String text) {
        List<Integer> result = new ArrayList<>();
        Matcher m = VERSION.matcher(text);
        while (m.find()) {
            result.add(Integer.parseInt(m.group(1)));
        }
        return result;
    }

    private void write(Path f, int version) {
        StringBuilder text = new StringBuilder();
        int n = files.indexOf(f);
        for (int p = 0; p < 12; p++) {
            for (int s = 0; s < 6; s++) {
                text.append("Entry ")
                        .append(p * 6 + s)
                        .append(" of note ")
                        .append(n)
                        .append(", version ")
                        .append(version)
                        .append(", is about ")
                        .append(TOPICS[(n + p + s) % TOPICS.length])
                        .append(" and its upkeep. ");
            }
            text.append("\n\n");
        }
        try {
            Files.writeString(f, text);
            hashes.computeIfAbsent(f, k -> new HashMap<>()).put(version, FileHasher.sha256(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.put(f, version);
    }
}
