package app.farol.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.ScannedCopy;
import app.farol.core.ocr.OcrSettings;
import app.farol.testing.GeneratedPdf;
import app.farol.testing.ReasonWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page cache and the page time limit, with the real Tesseract and, to show what happens when
 * it hangs or breaks, a stand-in {@code tesseract} program put first on the search path.
 */
class OcrPagesTest {
    @TempDir
    Path temp;

    Path scan;
    Path cache;

    @BeforeEach
    void scanAPage() throws IOException {
        Path text = new GeneratedPdf()
                .page("The tide gauge at the old quay reads four metres at noon.")
                .write(temp.resolve("original.pdf"));
        scan = temp.resolve("scan.pdf");
        ScannedCopy.write(text, scan, 200, Set.of(), 1, 0, 0);
        cache = temp.resolve("cache");
    }

    @Test
    void should_never_read_a_page_twice_and_keep_the_cache_private() throws IOException {
        OcrSettings real = OcrSettings.fromSystemProperties().withCache(cache);
        String first = text(new TikaDocumentParser(ParseLimits.DEFAULT, real).parse(scan));
        assertThat(first).contains("tide gauge", "four metres");
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache)) {
            entries = files.filter(Files::isRegularFile).toList();
        }
        assertThat(entries).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entries.getFirst())))
                .isEqualTo("rw-------");

        // A copy of the file (another name, so another hash) with a Tesseract that can only fail:
        // the page comes from the cache.
        Path copy = Files.copy(scan, temp.resolve("copy-of-scan.pdf"));
        OcrSettings broken = real.withSearchPath(standIn("exit 3").toString());
        ParseOutcome again = new TikaDocumentParser(ParseLimits.DEFAULT, broken).parse(copy);
        assertThat(text(again)).isEqualTo(first);
    }

    @Test
    void should_report_a_page_past_its_time_limit_and_a_failing_tesseract_with_the_reason() throws IOException {
        OcrSettings hanging = new OcrSettings(
                OcrSettings.DEFAULT_LANGUAGES,
                Duration.ofSeconds(2),
                standIn("exec sleep 30").toString(),
                null);
        ParseOutcome slow = new TikaDocumentParser(ParseLimits.DEFAULT, hanging).parse(scan);
        assertThat(slow).isInstanceOf(ParseOutcome.Failed.class);
        assertThat(((ParseOutcome.Failed) slow).kind()).isEqualTo(ReasonKind.SCAN_UNREAD);
        assertThat(ReasonWords.english(((ParseOutcome.Failed) slow).reason()))
                .isEqualTo("scan not read: page 1 (timed out after 2 s)");

        OcrSettings failing = hanging.withSearchPath(
                standIn("echo 'Error: cannot read input' >&2; exit 1").toString());
        ParseOutcome failed = new TikaDocumentParser(ParseLimits.DEFAULT, failing).parse(scan);
        assertThat(ReasonWords.english(((ParseOutcome.Failed) failed).reason()))
                .isEqualTo("scan not read: page 1 (Tesseract failed (exit code 1: Error: cannot read input))");
    }

    /** A folder with a {@code tesseract} that lists the languages and otherwise runs {@code body}. */
    private Path standIn(String body) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin-" + Math.abs(body.hashCode())));
        Path program = bin.resolve("tesseract");
        Files.writeString(
                program,
                "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of available languages (2):\\neng\\npor\\n';"
                        + " exit 0; fi\ncat >/dev/null\n" + body + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    private static String text(ParseOutcome outcome) {
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        return String.join(
                "\n",
                ((ParseOutcome.Parsed) outcome)
                        .document().blocks().stream().map(TextBlock::text).toList());
    }
}
