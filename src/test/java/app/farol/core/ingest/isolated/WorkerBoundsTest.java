package app.farol.core.ingest.isolated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ReasonKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a worker sends is read within bounds. */
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
                assertThat(f.reason())
                        .isEqualTo("too large: the parser's answer for it is longer than the 64 MB"
                                + " Farol reads for one file");
            });
            assertThat(parser.parse(temp.resolve("next.txt"))).isInstanceOf(ParseOutcome.Parsed.class);
        }
    }

    @Test
    void should_refuse_lengths_and_counts_that_cannot_fit_before_allocating_for_them() throws Exception {
        // A document whose block count claims 2^26 - 1 blocks, followed by nothing.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(1); // parsed
        for (String s : List.of("title", "text/plain", "en", "", "NONE")) {
            OutcomeCodec.writeString(out, s);
        }
        out.writeInt((1 << 26) - 1);
        assertThatThrownBy(() -> OutcomeCodec.readOutcome(input(bytes.toByteArray()), 64L << 20))
                .isInstanceOf(OutcomeCodec.TooLarge.class);

        // A failure whose reason claims to be a gigabyte long.
        ByteArrayOutputStream lying = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(lying);
        o.writeByte(3); // failed
        OutcomeCodec.writeString(o, "CORRUPT");
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
                        "pt",
                        List.of(new app.farol.core.ingest.TextBlock(text, 0, List.of("Marés"), false)))));
        ParseOutcome read = OutcomeCodec.readOutcome(
                input(big.toByteArray()), OutcomeCodec.answerLimit(ParseLimits.DEFAULT.maxChars()));
        assertThat(((ParseOutcome.Parsed) read).document().characterCount()).isEqualTo(text.length());
    }

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
