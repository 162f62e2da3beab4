package app.farol.ui.settings;

import app.farol.ui.common.ThemeColours;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A two-column form: labels on the left, fields on the right, section titles across. */
final class Form {
    private final JPanel panel = new JPanel(new GridBagLayout());
    private int row;

    JPanel panel() {
        return panel;
    }

    void section(String title) {
        JLabel l = new JLabel(title);
        l.putClientProperty("FlatLaf.styleClass", "h4");
        GridBagConstraints c = constraints(0, row > 0 ? 18 : 4);
        c.gridwidth = 2;
        panel.add(l, c);
        row++;
    }

    void row(String label, Component field) {
        JLabel l = new JLabel(label);
        if (field instanceof JComponent j) {
            l.setLabelFor(j);
        }
        GridBagConstraints lc = constraints(0, 10);
        lc.anchor = GridBagConstraints.NORTHWEST; // level with the field's first line
        panel.add(l, lc);
        GridBagConstraints c = constraints(1, 6);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
        row++;
    }

    void note(String text) {
        JLabel l = new JLabel(text);
        ThemeColours.foreground(l, "Farol.muted");
        GridBagConstraints c = constraints(1, 0);
        panel.add(l, c);
        row++;
    }

    /** A component in the field column, below the last row. */
    void field(Component field) {
        GridBagConstraints c = constraints(1, 4);
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
        row++;
    }

    void fill() {
        GridBagConstraints c = constraints(0, 0);
        c.weighty = 1;
        panel.add(new JPanel(), c);
    }

    private GridBagConstraints constraints(int x, int top) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = row;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(top, x == 0 ? 0 : 12, 0, 0);
        return c;
    }
}
