package app.farol.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.index.IndexReport;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.store.FileStatus;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.testing.SharedEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryServiceTest {
    @TempDir
    Path temp;

    @Test
    void should_wait_while_paused_resume_and_pick_up_files_added_to_a_watched_folder() throws Exception {
        Path docs = folderWith(temp.resolve("docs"), 40);
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                TikaDocumentParser parser = new TikaDocumentParser();
                LibraryService library =
                        new LibraryService(store, new Indexer(store, parser, SharedEmbedder.get()), List.of(docs))) {
            List<LibraryState> states = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            library.addListener(new LibraryListener() {
                @Override
                public void onState(LibraryState s) {
                    states.add(s);
                    threads.add(Thread.currentThread().getName());
                }
            });
            library.pause();
            library.rescan();
            await(Duration.ofSeconds(30), () -> states.stream().anyMatch(s -> s.phase() == LibraryState.Phase.PAUSED));
            Thread.sleep(1500);
            assertThat(store.files())
                    .as("nothing indexed while paused before the first batch")
                    .isEmpty();

            library.resume();
            await(
                    Duration.ofMinutes(2),
                    () -> !library.state().running() && library.state().lastReport() != null);
            assertThat(library.state().lastReport().indexed()).isEqualTo(40);
            assertThat(library.summaries())
                    .singleElement()
                    .satisfies(s -> assertThat(s.indexed()).isEqualTo(40));
            assertThat(threads)
                    .as("pause and resume publish on the library's thread, not the caller's")
                    .isNotEmpty()
                    .doesNotContain(Thread.currentThread().getName());

            library.startWatching();
            Files.writeString(docs.resolve("late-arrival.txt"), "A late note about the harbour ferry timetable.");
            await(
                    Duration.ofSeconds(60),
                    () -> store.files()
                            .containsKey(docs.resolve("late-arrival.txt").toString()));
            Files.delete(docs.resolve("note-0.txt"));
            await(
                    Duration.ofSeconds(60),
                    () -> !store.files().containsKey(docs.resolve("note-0.txt").toString()));
        }
    }

    @Test
    void should_stop_when_cancelled_keep_what_was_done_and_forget_a_removed_folder() throws Exception {
        Path a = folderWith(temp.resolve("a"), 60);
        Path b = folderWith(temp.resolve("b"), 3);
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                TikaDocumentParser parser = new TikaDocumentParser();
                LibraryService library =
                        new LibraryService(store, new Indexer(store, parser, SharedEmbedder.get()), List.of(a, b))) {
            java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
            library.addListener(new LibraryListener() {
                @Override
                public void onFile(app.farol.core.store.FileRecord record) {
                    if (once.compareAndSet(false, true)) {
                        library.cancel(); // cancel the first run as soon as its first batch is written
                    }
                }
            });
            library.rescan();
            await(
                    Duration.ofMinutes(1),
                    () -> library.state().lastReport() != null
                            && !library.state().running());
            assertThat(library.state().lastReport().cancelled()).isTrue();
            int kept = store.files().size();
            assertThat(kept).isBetween(1, 62);

            long ofA = store.files().keySet().stream()
                    .filter(p -> p.startsWith(a.toString()))
                    .count();
            IndexReport cancelled = library.state().lastReport();
            library.setFolders(List.of(b));
            await(
                    Duration.ofMinutes(1),
                    () -> store.files().keySet().stream().noneMatch(p -> p.startsWith(a.toString()))
                            && store.files().size() == 3
                            && !library.state().running()
                            && library.state().lastReport() != cancelled);
            // The status line's "removed" counts the removed folder's files, not 0.
            assertThat(library.state().lastReport().removed()).isEqualTo((int) ofA);
            assertThat(store.files().values()).allMatch(r -> r.status() == FileStatus.INDEXED);
        }
    }

    @Test
    void should_remember_a_cancel_by_the_user_until_indexing_is_resumed() throws Exception {
        Path a = folderWith(temp.resolve("ma"), 60);
        CancelMark mark = CancelMark.besideIndex(temp.resolve("mark-index"));
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("mark-index"), SharedEmbedder.get().name());
                TikaDocumentParser parser = new TikaDocumentParser()) {
            Indexer indexer = new Indexer(store, parser, SharedEmbedder.get());
            try (LibraryService library = new LibraryService(store, indexer, List.of(a))) {
                library.rememberCancels(mark);
                java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
                library.addListener(new LibraryListener() {
                    @Override
                    public void onFile(app.farol.core.store.FileRecord record) {
                        if (once.compareAndSet(false, true)) {
                            library.cancel();
                        }
                    }
                });
                library.rescan();
                await(
                        Duration.ofMinutes(1),
                        () -> library.state().lastReport() != null
                                && !library.state().running());
                int known = store.files().size();
                assertThat(library.state().lastReport().notRead()).hasSize(60 - known);
                assertThat(library.awaitingResume()).isTrue();
            }
            assertThat(mark.read().orElseThrow()).hasSize(60 - store.files().size());
            // The next launch: nothing starts by itself, the state says what is unread, Resume reads it.
            try (LibraryService next = new LibraryService(store, indexer, List.of(a))) {
                next.rememberCancels(mark);
                assertThat(next.awaitingResume()).isTrue();
                assertThat(next.state().lastReport().notReadUnder(a))
                        .isEqualTo(60 - store.files().size());
                next.resumeIndexing();
                await(
                        Duration.ofMinutes(1),
                        () -> !next.state().running()
                                && next.state().lastReport() != null
                                && !next.state().lastReport().cancelled());
                assertThat(store.files()).hasSize(60);
                assertThat(next.awaitingResume()).isFalse();
                assertThat(next.state().lastReport().notRead()).isEmpty();
            }
            assertThat(mark.read()).isEmpty();
        }
    }

    private static Path folderWith(Path folder, int files) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < files; i++) {
            Files.writeString(
                    folder.resolve("note-" + i + ".txt"),
                    "Note " + i + " about the lighthouse keeper's log, the weather on day " + i + " and the tides.");
        }
        return folder;
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void should_rescan_only_the_folder_asked_and_read_a_failed_file_again_on_retry() throws Exception {
        Path a = folderWith(temp.resolve("a"), 2);
        Path b = folderWith(temp.resolve("b"), 2);
        Path broken = a.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\nnot really a PDF\n");
        try (LucenePassageStore store = LucenePassageStore.openForWriting(
                        temp.resolve("index"), SharedEmbedder.get().name());
                TikaDocumentParser parser = new TikaDocumentParser();
                LibraryService library =
                        new LibraryService(store, new Indexer(store, parser, SharedEmbedder.get()), List.of(a, b))) {
            library.rescan();
            await(Duration.ofMinutes(2), () -> idleAfter(library, null));
            assertThat(store.files().get(broken.toString()).status()).isEqualTo(FileStatus.FAILED);

            Files.writeString(b.resolve("new-in-b.txt"), "A note about the lighthouse lamp.");
            IndexReport before = library.state().lastReport();
            library.rescan(a);
            await(Duration.ofMinutes(1), () -> idleAfter(library, before));
            assertThat(store.files())
                    .as("a rescan of a leaves b alone")
                    .doesNotContainKey(b.resolve("new-in-b.txt").toString());
            assertThat(library.state().lastReport().unchanged()).isEqualTo(3);

            // The file is fixed in place with its size and time kept: only a retry reads it again.
            long modified = Files.getLastModifiedTime(broken).toMillis();
            Files.delete(broken);
            Files.writeString(broken, "Plain note, no PDF at all."); // the same 26 bytes as before
            Files.setLastModifiedTime(broken, java.nio.file.attribute.FileTime.fromMillis(modified));
            IndexReport second = library.state().lastReport();
            app.farol.core.store.FileRecord failed = store.files().get(broken.toString());
            library.retry(broken);
            await(Duration.ofMinutes(1), () -> idleAfter(library, second));
            assertThat(store.files().get(broken.toString()))
                    .as("read again on retry: a new record, of the new content")
                    .isNotEqualTo(failed);
        }
    }

    /** Whether the library is idle with a report newer than {@code before}. */
    private static boolean idleAfter(LibraryService library, IndexReport before) {
        LibraryState s = library.state();
        return !s.running() && s.lastReport() != null && s.lastReport() != before;
    }
}
