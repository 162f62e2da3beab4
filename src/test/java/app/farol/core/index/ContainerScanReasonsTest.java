package app.farol.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.testing.ReasonWords;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The note of a file that holds documents whose scans wait: the waiting scan comes first, so the
 * record's kind is SCANNED (and the file is read again once OCR can run), found by the reasons'
 * kinds, never by their words; the other documents not read are counted after it.
 */
class ContainerScanReasonsTest {
    private static final Reason WAITS = Reason.of(Cause.WAITS_FOR_OCR, Cause.ScanShape.WHOLE.ordinal(), 2, 2);

    @Test
    void should_put_a_waiting_scan_first_and_count_the_documents_that_failed() {
        Reason r = Containers.reason(
                List.of(
                        new ParseOutcome.Unread("letters/locked.docx", Reason.of(Cause.PASSWORD), true),
                        new ParseOutcome.Unread("letters/scan.pdf", WAITS, false),
                        new ParseOutcome.Unread("photos/page.png", WAITS, false)),
                List.of());

        assertThat(r.kind()).isEqualTo(ReasonKind.SCANNED);
        assertThat(ReasonWords.english(r))
                .isEqualTo("scanned: waits for OCR, after the files with text (letters/scan.pdf); and 1 more"
                        + " document with scans; 1 more document in it could not be read");
        assertThat(ReasonWords.portuguese(r))
                .isEqualTo("digitalizado: espera pelo OCR, depois dos arquivos com texto (letters/scan.pdf); e mais 1"
                        + " documento com digitalizações; mais 1 documento dentro dele não pôde ser lido");
    }

    @Test
    void should_keep_the_first_failure_when_no_scan_waits() {
        Reason r = Containers.reason(
                List.of(new ParseOutcome.Unread("letters/locked.docx", Reason.of(Cause.PASSWORD), true)), List.of());

        assertThat(r.kind()).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(r.cause()).isEqualTo(Cause.PART_UNREAD);
    }
}
