package app.farol.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.ingest.ReasonKind;
import app.farol.ui.common.Texts;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A file's problem is rendered from its kind, in plain words in the window's language; the
 * indexer's technical sentence is the tooltip's detail.
 */
class ReasonTextTest {
    private static final String DETAIL = "unsupported format: application/x-thing";

    @AfterEach
    void back_to_english() {
        Texts.use("en");
    }

    @ParameterizedTest
    @EnumSource(value = ReasonKind.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void should_render_a_reason_of_each_kind_in_english_and_in_portuguese(ReasonKind kind) {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ResourceBundle pt = bundle(Locale.of("pt"));
        String key = "reason." + kind.name();
        assertThat(en.containsKey(key)).as("English text for " + kind).isTrue();
        assertThat(pt.getString(key)).isNotBlank().isNotEqualTo(en.getString(key));

        Texts.use("en");
        assertThat(ReasonText.render(kind, DETAIL)).isEqualTo(en.getString(key));
        assertThat(ReasonText.render(kind, "")).isEqualTo(en.getString(key));
        assertThat(ReasonText.detail(kind, DETAIL))
                .isEqualTo(en.getString(key) + ". Details: Unsupported format: application/x-thing");
        assertThat(ReasonText.detail(kind, "")).isEqualTo(en.getString(key));

        Texts.use("pt");
        assertThat(ReasonText.render(kind, DETAIL)).isEqualTo(pt.getString(key));
        assertThat(ReasonText.detail(kind, DETAIL))
                .startsWith(pt.getString(key))
                .endsWith("application/x-thing");
    }

    @Test
    void should_keep_a_parser_exception_out_of_the_reason_and_in_its_detail() {
        Texts.use("en");
        String parser = "corrupt: For input string: \"4IJ\" under radix 16";
        assertThat(ReasonText.render(ReasonKind.CORRUPT, parser)).isEqualTo("Damaged or unreadable");
        assertThat(ReasonText.detail(ReasonKind.CORRUPT, parser)).contains("radix 16");
    }

    @Test
    void should_render_nothing_for_a_file_without_a_problem() {
        Texts.use("pt");
        assertThat(ReasonText.render(ReasonKind.NONE, "")).isEmpty();
    }

    @Test
    void should_say_a_password_protected_file_needs_its_password_in_portuguese() {
        Texts.use("pt");
        assertThat(ReasonText.render(ReasonKind.ENCRYPTED, "encrypted: needs a password"))
                .isEqualTo("Protegido por senha");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "app.farol.ui.texts",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
