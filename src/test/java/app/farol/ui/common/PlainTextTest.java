package app.farol.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.plaf.basic.BasicHTML;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static final String HOSTILE = "<html><img src='http://tracker.example/p.png'>report.pdf";

    @Test
    void should_show_a_file_name_that_looks_like_html_as_text_in_tables() {
        JComponent c =
                (JComponent) PlainText.table().getTableCellRendererComponent(new JTable(), HOSTILE, false, false, 0, 0);
        assertThat(c.getClientProperty(BasicHTML.propertyKey))
                .as("no HTML view was built")
                .isNull();
        assertThat(((JLabel) c).getText()).isEqualTo(HOSTILE);
    }

    @Test
    void should_show_a_file_name_that_looks_like_html_as_text_in_lists() {
        JComponent c = (JComponent)
                PlainText.list(Object::toString).getListCellRendererComponent(new JList<>(), HOSTILE, 0, false, false);
        assertThat(c.getClientProperty(BasicHTML.propertyKey)).isNull();
    }

    @Test
    void an_ordinary_label_would_render_it_which_is_why_the_renderers_exist() {
        JLabel plain = new JLabel(HOSTILE);
        assertThat(plain.getClientProperty(BasicHTML.propertyKey)).isNotNull();
    }
}
