package app.farol.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void should_show_a_right_to_left_override_instead_of_letting_it_reverse_the_extension() {
        assertThat(DisplayNames.safe("invoice\u202Efdp.js")).isEqualTo("invoice<U+202E>fdp.js");
        assertThat(DisplayNames.safe("a\u2066b\u2069\u200F\u061C.txt"))
                .isEqualTo("a<U+2066>b<U+2069><U+200F><U+061C>.txt");
    }

    @Test
    void should_show_terminal_controls_and_line_breaks_visibly() {
        assertThat(DisplayNames.safe("x\u001B]52;c;aGk=\u0007.txt")).isEqualTo("x<U+001B>]52;c;aGk=<U+0007>.txt");
        assertThat(DisplayNames.safe("two\nlines\u2028.md")).isEqualTo("two<U+000A>lines<U+2028>.md");
    }

    @Test
    void should_leave_ordinary_names_accents_emoji_and_other_scripts_alone() {
        for (String name : new String[] {
            "relatório de ação.pdf", "família 👨‍👩‍👧.txt", "عقد الإيجار.pdf", "договор.docx", "नमस्ते.md"
        }) {
            assertThat(DisplayNames.safe(name)).isSameAs(name);
        }
    }

    @Test
    void should_open_only_document_types_with_one_click() {
        for (String ok : new String[] {"a.pdf", "b.TXT", "c.md", "d.docx", "e.odt", "f.epub", "g.png"}) {
            assertThat(SystemOpen.isDocument(Path.of("/docs", ok))).as(ok).isTrue();
        }
        for (String no : new String[] {
            "a.js",
            "b.vbs",
            "c.hta",
            "d.sh",
            "e.desktop",
            "f.bat",
            "g.html",
            "h.svg",
            "i.eml",
            "j.docm",
            "Makefile",
            "invoice\u202Efdp.js",
            "report\u202Etxt.sh",
            ".pdf"
        }) {
            assertThat(SystemOpen.isDocument(Path.of("/docs", no))).as(no).isFalse();
        }
    }
}
