package app.farol.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.testing.SharedEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An idle library stays idle: with the index inside a watched folder, a run that changes nothing
 * writes nothing, so the watcher sees nothing and starts no other run.
 */
class IdleWatchTest {
    @TempDir
    Path temp;

    @Test
    void should_not_rescan_again_and_again_with_the_index_inside_the_library() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("tides.txt"), "High tide at the harbour is at seven in the morning.");
        Path index = docs.resolve("farol-index"); // not hidden: the case that looped
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        index, SharedEmbedder.get().name());
                TikaDocumentParser parser = new TikaDocumentParser();
                LibraryService library =
                        new LibraryService(store, new Indexer(store, parser, SharedEmbedder.get()), List.of(docs))) {
            AtomicInteger runs = new AtomicInteger();
            library.addListener(new LibraryListener() {
                @Override
                public void onState(LibraryState s) {
                    if (s.phase() == LibraryState.Phase.IDLE && s.lastReport() != null) {
                        runs.incrementAndGet();
                    }
                }
            });
            library.rescan();
            awaitIdle(library, runs, 1);
            library.startWatching();
            String generation = segments(index);
            int before = runs.get();

            library.rescan(); // as the app does at start: nothing changed, so nothing may be written
            Thread.sleep(10_000);

            assertThat(runs.get() - before)
                    .as("runs while idle (the one asked for, at most one more)")
                    .isLessThanOrEqualTo(2);
            assertThat(segments(index)).as("commit generation").isEqualTo(generation);
        }
    }

    private static void awaitIdle(LibraryService library, AtomicInteger runs, int atLeast) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while ((runs.get() < atLeast || library.state().running()) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(runs.get()).isGreaterThanOrEqualTo(atLeast);
    }

    private static String segments(Path index) throws Exception {
        try (Stream<Path> files = Files.list(index)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("segments_"))
                    .sorted()
                    .toList()
                    .toString();
        }
    }
}
