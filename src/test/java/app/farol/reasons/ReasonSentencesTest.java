package app.farol.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind and every cause of a reason has its words in English and in Portuguese. */
class ReasonSentencesTest {
    private static final ReasonSentences EN = ReasonSentences.in(Locale.ENGLISH);
    private static final ReasonSentences PT = ReasonSentences.in(Locale.of("pt"));

    @ParameterizedTest
    @EnumSource(value = ReasonKind.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void should_have_plain_words_for_each_kind_in_both_languages(ReasonKind kind) {
        assertThat(bundle(Locale.ENGLISH).containsKey("kind." + kind.name())).isTrue();
        assertThat(bundle(Locale.of("pt")).containsKey("kind." + kind.name())).isTrue();
        assertThat(EN.kind(kind)).isNotBlank();
        assertThat(PT.kind(kind)).isNotBlank().isNotEqualTo(EN.kind(kind));
    }

    /**
     * Each cause filled with nine values and an inner reason: no placeholder is left unfilled,
     * and the Portuguese is not the English.
     */
    @ParameterizedTest
    @EnumSource(value = Cause.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void should_have_a_sentence_for_each_cause_in_both_languages(Cause cause) {
        assertThat(bundle(Locale.ENGLISH).containsKey("cause." + cause.name())).isTrue();
        assertThat(bundle(Locale.of("pt")).containsKey("cause." + cause.name())).isTrue();
        for (int value : List.of(0, 1, 2, 7)) {
            Reason r = new Reason(
                    ReasonKind.OTHER,
                    cause,
                    List.of(String.valueOf(value), "2", "3", "name.pdf", "5", "6", "7", "8", "9"),
                    Reason.of(Cause.PASSWORD));
            String en = EN.detail(r);
            String pt = PT.detail(r);
            assertThat(en).as(cause + " in English").isNotBlank().doesNotContain("{", "}");
            assertThat(pt).as(cause + " in Portuguese").isNotBlank().doesNotContain("{", "}");
            assertThat(pt).as(cause.name()).isNotEqualTo(en);
        }
    }

    @Test
    void should_fill_in_counts_names_and_an_inner_reason() {
        Reason part = Reason.around(Reason.of(Cause.PASSWORD), Cause.PART_UNREAD, "May/bill.pdf", 2);
        assertThat(EN.detail(part))
                .isEqualTo("encrypted: needs a password (May/bill.pdf); 2 more documents in it could not be read"
                        + " either");
        assertThat(PT.detail(part))
                .isEqualTo("protegido: precisa de senha (May/bill.pdf); mais 2 documentos dentro dele também não"
                        + " puderam ser lidos");
        assertThat(EN.detail(Reason.of(Cause.BLANK_PAGES, 1))).isEqualTo("no text found in the PDF: its page is blank");
        assertThat(PT.detail(Reason.of(Cause.BLANK_PAGES, 3)))
                .isEqualTo("nenhum texto encontrado no PDF: as suas 3 páginas estão em branco");
        assertThat(EN.detail(Reason.of(Cause.NEEDS_TESSERACT, Cause.ScanShape.SOME_PAGES.ordinal(), 1, 3)))
                .startsWith("scanned: 1 of its 3 pages are images without text; install tesseract-ocr");
        assertThat(EN.detail(Reason.of(Cause.EMPTY_CONTAINER, Cause.Container.MAILBOX.ordinal())))
                .isEqualTo("no text found in the mailbox: it holds no documents");
    }

    @Test
    void should_keep_a_name_made_of_digits_as_it_is() {
        assertThat(EN.detail(Reason.of(Cause.ZIP_BOMB_ENTRY, "2024", 12, 2048))).contains("2024 unpacks 12 KB");
        assertThat(EN.detail(Reason.of(Cause.TRUNCATED, 10_000_000)))
                .isEqualTo("truncated: longer than 10000000 characters");
    }

    @Test
    void should_round_trip_a_reason_through_its_stored_form() {
        Reason r = Reason.around(
                Reason.of(Cause.DAMAGED, "invalid CEN header (bad signature)"), Cause.PART_UNREAD, "a\u001Fb.zip", 0);
        Reason back = Reason.decode(r.encode(), null);
        assertThat(back.kind()).isEqualTo(ReasonKind.CORRUPT);
        assertThat(back.cause()).isEqualTo(Cause.PART_UNREAD);
        assertThat(back.values()).containsExactly("a b.zip", "0");
        assertThat(back.inner()).isEqualTo(Reason.of(Cause.DAMAGED, "invalid CEN header (bad signature)"));
        assertThat(Reason.decode("", ReasonKind.NONE)).isEqualTo(Reason.NONE);
        assertThat(Reason.decode(Reason.NONE.encode(), null)).isEqualTo(Reason.NONE);
    }

    @Test
    void should_keep_an_older_farols_sentence_with_the_kind_stored_beside_it() {
        Reason old = Reason.decode("encrypted: needs a password", ReasonKind.ENCRYPTED);
        assertThat(old.kind()).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(EN.detail(old)).isEqualTo("encrypted: needs a password");
        assertThat(PT.detail(old))
                .isEqualTo("encrypted: needs a password (em inglês: anotado por uma versão anterior" + " do Farol)");
        assertThat(Reason.decode("too large: longer than 10 characters", null).kind())
                .isEqualTo(ReasonKind.OTHER);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "app.farol.reasons.reasons",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
