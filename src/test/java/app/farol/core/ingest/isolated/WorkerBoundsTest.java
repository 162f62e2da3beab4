package app.farol.core.ingest.isolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.text.Language;
import app.farol.testing.ReasonWords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a worker sends is read within bounds; what it spools lives in its own folder, gone with it. */
class WorkerBoundsTest {
    private static final ParseLimits LIMITS = new ParseLimits(1_000_000, Duration.ofSeconds(3));
    private static final WorkerSettings SMALL = new WorkerSettings(1, 96);

    @TempDir
    Path temp;

    @Test
    void should_refuse_a_workers_answer_past_its_budget_and_parse_the_next_file_in_a_fresh_worker() throws Exception {
        Files.writeString(temp.resolve("flood.txt"), "Harbour notes.");
        Files.writeString(temp.resolve("next.txt"), "The ferry leaves at nine from the north pier.");
        try (IsolatedDocumentParser parser = new IsolatedDocumentParser(LIMITS, SMALL, HostileParser.class.getName())) {
            ParseOutcome flood = parser.parse(temp.resolve("flood.txt"));
            assertThat(flood).isInstanceOfSatisfying(ParseOutcome.Failed.class, f -> {
                assertThat(f.kind()).isEqualTo(ReasonKind.TOO_LARGE);
                assertThat(ReasonWords.english(f.reason()))
                        .isEqualTo("too large: the parser's answer for it is longer than the 64 MB"
                                + " Farol reads for one file");
            });
            assertThat(parser.parse(temp.resolve("next.txt"))).isInstanceOf(ParseOutcome.Parsed.class);
        }
    }

    @Test
    void should_refuse_lengths_and_counts_that_cannot_fit_before_allocating_for_them() throws Exception {
        // A document (its reason one encoded string, "" for none) whose scanned-page count claims
        // 2^26 - 1 pages, followed by nothing.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1); // parsed
        for (String s : List.of("title", "text/plain", "en", "")) {
            OutcomeCodec.writeString(out, s);
        }
        out.writeInt((1 << 26) - 1);
        assertThatThrownBy(() -> OutcomeCodec.readOutcome(input(bytes.toByteArray()), 64L << 20))
                .isInstanceOf(OutcomeCodec.TooLarge.class);

        // A failure whose reason claims to be a gigabyte long.
        ByteArrayOutputStream lying = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(lying);
        o.writeByte(3); // failed
        o.writeInt((1 << 30) - 1);
        o.write("corrupt".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> OutcomeCodec.readOutcome(input(lying.toByteArray()), 64L << 20))
                .isInstanceOf(OutcomeCodec.TooLarge.class)
                .hasMessageContaining("64 MB");

        // A real answer of the largest text a file may have (5 million characters) passes.
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        String text = "Maré alta às sete horas no porto de Leixões. ".repeat(5_000_000 / 46);
        OutcomeCodec.writeOutcome(
                new DataOutputStream(big),
                new ParseOutcome.Parsed(new app.farol.core.ingest.ParsedDocument(
                        "t",
                        "text/plain",
                        Language.PORTUGUESE,
                        List.of(new app.farol.core.ingest.TextBlock(text, 0, List.of("Marés"), false)))));
        ParseOutcome read = OutcomeCodec.readOutcome(
                input(big.toByteArray()), OutcomeCodec.answerLimit(ParseLimits.DEFAULT.maxChars()));
        assertThat(((ParseOutcome.Parsed) read).document().characterCount()).isEqualTo(text.length());
    }

    @Test
    void should_give_each_worker_an_owner_only_temp_folder_and_remove_it_when_the_worker_is_killed() throws Exception {
        Files.writeString(temp.resolve("spool.txt"), "Private: the account number is 1234-5678.");
        Files.writeString(temp.resolve("next.txt"), "The ferry leaves at nine from the north pier.");
        try (IsolatedDocumentParser parser = new IsolatedDocumentParser(LIMITS, SMALL, HostileParser.class.getName())) {
            assertThat(parser.parse(temp.resolve("next.txt"))).isInstanceOf(ParseOutcome.Parsed.class);
            Path folder = parser.workerTempFolders().getFirst();
            assertThat(folder.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                    .isEqualTo("rwx------");

            CompletableFuture<ParseOutcome> outcome =
                    CompletableFuture.supplyAsync(() -> parser.parse(temp.resolve("spool.txt")));
            awaitFileIn(folder, outcome);
            assertThat(outcome.get())
                    .isInstanceOfSatisfying(
                            ParseOutcome.Failed.class, f -> assertThat(f.kind()).isEqualTo(ReasonKind.TIMED_OUT));
            assertThat(folder)
                    .as("the killed worker's folder, with the text it spooled")
                    .doesNotExist();

            assertThat(parser.parse(temp.resolve("next.txt"))).isInstanceOf(ParseOutcome.Parsed.class);
            Path second = parser.workerTempFolders().getFirst();
            assertThat(second).isNotEqualTo(folder).exists();
            parser.close();
            assertThat(second).as("a closed worker's folder").doesNotExist();
        }
    }

    @Test
    void should_remove_the_temp_folder_of_a_real_tika_worker_killed_while_it_unpacks_an_archive() throws Exception {
        Path zip = temp.resolve("minutes.zip");
        Random random = new Random(7);
        String[] words = {"harbour", "ferry", "tide", "minutes", "council", "pier", "budget", "lighthouse"};
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("minutes.txt"));
            OutputStream o = z;
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 3_000_000; i++) { // about 150 MB of text, 4:1 compressed: not a zip bomb
                line.setLength(0);
                for (int w = 0; w < 6; w++) {
                    line.append(words[random.nextInt(words.length)])
                            .append(random.nextInt(1000))
                            .append(' ');
                }
                o.write(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            z.closeEntry();
        }
        try (IsolatedDocumentParser parser = new IsolatedDocumentParser(
                new ParseLimits(1_000_000, Duration.ofMinutes(2)), new WorkerSettings(1, 256))) {
            Files.writeString(temp.resolve("warm.txt"), "Warm up.");
            parser.parse(temp.resolve("warm.txt"));
            Path folder = parser.workerTempFolders().getFirst();
            long pid = parser.workerPids().getFirst();
            CompletableFuture<ParseOutcome> outcome = CompletableFuture.supplyAsync(() -> parser.parse(zip));
            awaitFileIn(folder, outcome);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // kill -9, mid-parse
            assertThat(outcome.get())
                    .isInstanceOfSatisfying(
                            ParseOutcome.Failed.class,
                            f -> assertThat(ReasonWords.english(f.reason()))
                                    .startsWith("the parser crashed on this file"));
            assertThat(folder)
                    .as("the folder the killed worker unpacked the archive into")
                    .doesNotExist();
        }
    }

    @Test
    void should_remove_folders_left_by_an_app_that_died_and_keep_those_of_a_running_one() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.createDirectories(temp.resolve(WorkerTemp.PREFIX + gone.pid() + "-123"));
        Files.writeString(stale.resolve("apache-tika-1.tmp"), "text of a document");
        Path running = Files.createDirectories(
                temp.resolve(WorkerTemp.PREFIX + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(temp.resolve("farol-parts-789"));

        assertThat(WorkerTemp.removeStale(temp)).isEqualTo(1);
        assertThat(stale).doesNotExist();
        assertThat(running).exists();
        assertThat(other).exists();
    }

    /** Waits until a file with content appears in the folder (or below), while the parse runs. */
    private static void awaitFileIn(Path folder, CompletableFuture<ParseOutcome> parse) throws Exception {
        while (!parse.isDone()) {
            try (Stream<Path> files = Files.walk(folder)) {
                if (files.anyMatch(f -> Files.isRegularFile(f) && size(f) > 0)) {
                    return;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file vanished while walking
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the parse ended before anything was spooled: " + parse.get());
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
