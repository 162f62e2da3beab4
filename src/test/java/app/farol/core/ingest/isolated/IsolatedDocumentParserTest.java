package app.farol.core.ingest.isolated;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.testing.ReasonWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedDocumentParserTest {
    private static final ParseLimits LIMITS = new ParseLimits(1_000_000, Duration.ofSeconds(3));
    private static final WorkerSettings SMALL = new WorkerSettings(1, 96);

    @TempDir
    Path temp;

    @Test
    void should_report_parsers_that_hang_exhaust_memory_or_exit_within_the_time_limit_and_parse_the_next_files()
            throws Exception {
        List<String> names =
                List.of("first.txt", "hang.txt", "second.txt", "allocate.txt", "third.txt", "exit.txt", "fourth.txt");
        for (String name : names) {
            Files.writeString(temp.resolve(name), "The tide table for " + name + " says high water at noon.");
        }
        try (IsolatedDocumentParser parser = new IsolatedDocumentParser(LIMITS, SMALL, HostileParser.class.getName())) {
            parser.parse(temp.resolve("first.txt")); // the worker's start-up is not what is measured
            for (String name : names) {
                long start = System.nanoTime();
                ParseOutcome outcome = parser.parse(temp.resolve(name));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.printf(Locale.ROOT, "%-13s %5d ms  %s%n", name, took.toMillis(), outcome);
                assertThat(took).as(name).isLessThan(parser.hardLimit().plusSeconds(15));
                switch (name) {
                    case "hang.txt" -> {
                        assertThat(outcome).isInstanceOf(ParseOutcome.Failed.class);
                        assertThat(ReasonWords.english(((ParseOutcome.Failed) outcome).reason()))
                                .startsWith("timed out after 5 s");
                        assertThat(took).isGreaterThanOrEqualTo(parser.hardLimit());
                    }
                    case "allocate.txt" ->
                        assertThat(ReasonWords.english(((ParseOutcome.Failed) outcome).reason()))
                                .startsWith("too large: parsing it needs more memory than the parser may use");
                    case "exit.txt" ->
                        assertThat(ReasonWords.english(((ParseOutcome.Failed) outcome).reason()))
                                .isEqualTo("the parser crashed on this file (its process exited with code 42)");
                    default -> assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
                }
            }
        }
    }

    @Test
    void should_leave_no_worker_process_behind_when_closed() throws Exception {
        Files.writeString(temp.resolve("a.txt"), "Lighthouse keepers log the weather every four hours.");
        List<Long> pids;
        try (IsolatedDocumentParser parser = new IsolatedDocumentParser(LIMITS, SMALL, HostileParser.class.getName())) {
            assertThat(parser.parse(temp.resolve("a.txt"))).isInstanceOf(ParseOutcome.Parsed.class);
            pids = parser.workerPids();
            assertThat(pids).hasSize(1);
        }
        assertThat(pids)
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid)
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                        .isFalse());
    }
}
