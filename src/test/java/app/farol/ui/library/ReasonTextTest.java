package app.farol.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.ingest.ReasonKind;
import app.farol.ui.common.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A file's problem is shown in the window's language: the plain words for its kind in the list,
 * its detail with the indexer's values in the tooltip.
 */
class ReasonTextTest {
    private static final Reason UNSUPPORTED = Reason.of(Cause.UNSUPPORTED_TYPE, "application/x-thing");

    @AfterEach
    void back_to_english() {
        Texts.use("en");
    }

    @Test
    void should_show_the_kind_in_the_list_and_the_detail_with_its_values_in_the_tooltip() {
        Texts.use("en");
        assertThat(ReasonText.render(UNSUPPORTED)).isEqualTo("A format Farol does not read");
        assertThat(ReasonText.detail(UNSUPPORTED))
                .isEqualTo("A format Farol does not read. Details: Unsupported format: application/x-thing");

        Texts.use("pt");
        assertThat(ReasonText.render(UNSUPPORTED)).isEqualTo("Um formato que o Farol não lê");
        assertThat(ReasonText.detail(UNSUPPORTED))
                .isEqualTo("Um formato que o Farol não lê. Detalhes: Formato não suportado: application/x-thing");
    }

    @Test
    void should_keep_a_parser_exception_out_of_the_reason_and_in_its_detail() {
        Texts.use("en");
        Reason parser = Reason.of(Cause.DAMAGED, "For input string: \"4IJ\" under radix 16");
        assertThat(ReasonText.render(parser)).isEqualTo("Damaged or unreadable");
        assertThat(ReasonText.detail(parser))
                .endsWith("Corrupt or unreadable: For input string: \"4IJ\" under radix 16");
    }

    @Test
    void should_render_nothing_for_a_file_without_a_problem() {
        Texts.use("pt");
        assertThat(ReasonText.render(Reason.NONE)).isEmpty();
        assertThat(ReasonText.detail(Reason.NONE)).isEmpty();
    }

    @Test
    void should_say_a_password_protected_file_needs_its_password_in_portuguese() {
        Texts.use("pt");
        Reason encrypted = Reason.of(Cause.PASSWORD);
        assertThat(encrypted.kind()).isEqualTo(ReasonKind.ENCRYPTED);
        assertThat(ReasonText.render(encrypted)).isEqualTo("Protegido por senha");
        assertThat(ReasonText.detail(encrypted))
                .isEqualTo("Protegido por senha. Detalhes: Protegido: precisa de senha");
    }

    @Test
    void should_show_an_older_farols_english_sentence_as_its_detail_and_say_it_is_english() {
        Texts.use("pt");
        Reason old = Reason.stored(ReasonKind.ENCRYPTED, "encrypted: the PDF needs a password");
        assertThat(ReasonText.render(old)).isEqualTo("Protegido por senha");
        assertThat(ReasonText.detail(old))
                .isEqualTo("Protegido por senha. Detalhes: Encrypted: the PDF needs a password (em inglês: anotado"
                        + " por uma versão anterior do Farol)");
    }
}
