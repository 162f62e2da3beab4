package app.farol.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import org.junit.jupiter.api.Test;

/** The definition docs/robustness.md gives, on reasons the fuzz run met. */
class UnexplainedTest {
    @Test
    void should_explain_reasons_that_name_what_was_wrong() {
        assertThat(Unexplained.why(
                        failed(ReasonKind.CORRUPT, "corrupt or unreadable: Position 1234 past the end of the file")))
                .isEmpty();
        assertThat(Unexplained.why(failed(ReasonKind.ENCRYPTED, "encrypted: needs a password")))
                .isEmpty();
        assertThat(
                        Unexplained.why(
                                failed(
                                        ReasonKind.CORRUPT,
                                        "corrupt or unreadable: the parser met data it could not make sense of (NullPointerException)")))
                .isEmpty();
        assertThat(Unexplained.why(failed(
                        ReasonKind.CORRUPT, "the parser crashed on this file (its process exited with code 134)")))
                .isEmpty();
        assertThat(Unexplained.why(record(FileStatus.INDEXED, ReasonKind.NONE, "")))
                .isEmpty();
    }

    @Test
    void should_call_unexplained_a_generic_kind_a_wrong_kind_or_a_reason_from_inside_the_code() {
        assertThat(Unexplained.why(null)).isPresent();
        assertThat(Unexplained.why(failed(ReasonKind.OTHER, "the parser process stopped answering")))
                .isPresent();
        assertThat(Unexplained.why(failed(ReasonKind.UNREADABLE, "cannot read the file: Unexpected end of ZLIB input")))
                .isPresent();
        assertThat(Unexplained.why(failed(
                        ReasonKind.CORRUPT,
                        "corrupt or unreadable: Cannot invoke \"org.apache.poi.openxml4j.opc.PackagePart.getInputStream()\""
                                + " because \"part\" is null")))
                .isPresent();
        assertThat(Unexplained.why(
                        failed(ReasonKind.CORRUPT, "corrupt or unreadable: Index 128 out of bounds for length 128")))
                .isPresent();
        assertThat(
                        Unexplained.why(
                                failed(
                                        ReasonKind.CORRUPT,
                                        "corrupt or unreadable: Did not have a user edit atom: org.apache.poi.hslf.record.UnknownRecordPlaceholder@22c53d82")))
                .isPresent();
        assertThat(Unexplained.why(failed(ReasonKind.CORRUPT, "corrupt or unreadable: null")))
                .isPresent();
    }

    private static FileRecord failed(ReasonKind kind, String reason) {
        return record(FileStatus.FAILED, kind, reason);
    }

    private static FileRecord record(FileStatus status, ReasonKind kind, String reason) {
        return new FileRecord("/library/a.doc", 10, 0, "hash", status, Reason.stored(kind, reason), 0, "", "doc");
    }
}
