package app.farol.core.index;

import app.farol.core.store.FileRecord;
import app.farol.core.store.lucene.LucenePassageStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code farol index} in a child JVM inside a new user namespace ({@code unshare -U}), where
 * root's power to read any file does not apply: the only way to test an unreadable file as root.
 */
final class Unprivileged {
    private Unprivileged() {}

    static Map<String, FileRecord> index(Path docs, Path index) throws IOException, InterruptedException {
        indexJson(docs, index);
        try (LucenePassageStore store = LucenePassageStore.openReadOnly(index)) {
            return store.files();
        }
    }

    /** Runs {@code farol index --json} unprivileged and returns what it printed. */
    static String indexJson(Path docs, Path index) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                "unshare",
                "-U",
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "app.farol.app.Main",
                "index",
                "--json",
                "--index",
                index.toString(),
                docs.toString());
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("child indexing failed: exit " + p.exitValue());
        }
        return out;
    }
}
