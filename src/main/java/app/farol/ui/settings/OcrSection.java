package app.farol.ui.settings;

import app.farol.ui.common.BackgroundExecutor;
import app.farol.ui.common.Texts;
import app.farol.ui.common.ThemeColours;
import app.farol.ui.common.WrapLayout;
import app.farol.ui.common.WrappingLabel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JPanel;

/**
 * The languages scans are read in: a box for each language the installed Tesseract has data
 * for (asked in the background: it runs the program), the chosen ones ticked, at least one. The
 * choice is saved in the settings and applies when the library is next opened; scans read with
 * other languages are then read again. Without Tesseract it says what to install.
 */
final class OcrSection extends JPanel {
    private final JPanel boxes = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 0));
    private final WrappingLabel status = new WrappingLabel("");
    private final Map<String, JCheckBox> byCode = new LinkedHashMap<>();
    private final Consumer<List<String>> changed;
    private List<String> chosen = List.of();
    private boolean showing;

    /**
     * @param installed the languages the machine's Tesseract has (run off the event thread)
     * @param changed called with the codes ticked, in the order shown, after each change
     */
    OcrSection(BackgroundExecutor executor, Supplier<List<String>> installed, Consumer<List<String>> changed) {
        super(new BorderLayout(0, 4));
        this.changed = changed;
        setName("settings.ocr");
        boxes.setName("settings.ocrLanguages");
        status.setName("settings.ocrStatus");
        ThemeColours.foreground(status, "Farol.muted");
        status.setText(Texts.get("settings.ocr.looking"));
        add(boxes, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        executor.submit("OCR languages", c -> installed.get(), this::showInstalled, status::setText);
    }

    /** Ticks the languages the settings hold (the others the machine has stay unticked). */
    void show(List<String> codes) {
        chosen = List.copyOf(codes);
        showing = true;
        try {
            byCode.forEach((code, box) -> box.setSelected(chosen.contains(code)));
            lockTheLastOne();
        } finally {
            showing = false;
        }
    }

    private void showInstalled(List<String> codes) {
        boxes.removeAll();
        byCode.clear();
        for (String code : codes) {
            JCheckBox box = new JCheckBox(displayName(code, Texts.locale()));
            box.setName("settings.ocr." + code);
            box.setToolTipText(Texts.format("settings.ocr.codeTooltip", code));
            box.setSelected(chosen.contains(code));
            box.addActionListener(e -> {
                if (!showing) {
                    lockTheLastOne();
                    changed.accept(ticked());
                }
            });
            byCode.put(code, box);
            boxes.add(box);
        }
        List<String> missing =
                chosen.stream().filter(c -> !byCode.containsKey(c)).toList();
        if (codes.isEmpty()) {
            status.setText(Texts.get("settings.ocr.noTesseract"));
        } else if (!missing.isEmpty()) {
            status.setText(Texts.format("settings.ocr.missing", String.join(", ", missing)));
        } else {
            status.setText(Texts.get("settings.ocr.explain"));
        }
        lockTheLastOne();
        revalidate();
        repaint();
    }

    /** The codes ticked now, in the order shown. */
    List<String> ticked() {
        List<String> codes = new ArrayList<>();
        byCode.forEach((code, box) -> {
            if (box.isSelected()) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** OCR needs a language: the only one ticked cannot be unticked. */
    private void lockTheLastOne() {
        List<String> on = ticked();
        byCode.forEach((code, box) -> box.setEnabled(!(on.size() == 1 && box.isSelected())));
    }

    /**
     * A Tesseract code as a person names the language, in the window's language: "por" is
     * "Portuguese" or "português"; a code with a script or variant ("chi_sim") keeps it after the
     * name; a code Java does not know is shown as it is.
     */
    static String displayName(String code, Locale in) {
        String base = code.contains("_") ? code.substring(0, code.indexOf('_')) : code;
        String name = null;
        for (String two : Locale.getISOLanguages()) {
            Locale l = Locale.of(two);
            try {
                if (l.getISO3Language().equals(base) || Objects.equals(bibliographic(base), l.getISO3Language())) {
                    name = l.getDisplayLanguage(in);
                    break;
                }
            } catch (java.util.MissingResourceException e) {
                // no three-letter code for it
            }
        }
        if (name == null || name.isBlank()) {
            return code;
        }
        name = name.substring(0, 1).toUpperCase(in) + name.substring(1);
        return code.equals(base) ? name : name + " (" + code.substring(base.length() + 1) + ")";
    }

    /** Tesseract uses some bibliographic codes (ISO 639-2/B) where Java knows the terminology ones. */
    private static String bibliographic(String code) {
        return switch (code) {
            case "chi" -> "zho";
            case "fre" -> "fra";
            case "ger" -> "deu";
            case "dut" -> "nld";
            case "gre" -> "ell";
            case "per" -> "fas";
            case "cze" -> "ces";
            case "slo" -> "slk";
            case "rum" -> "ron";
            case "wel" -> "cym";
            case "arm" -> "hye";
            case "baq" -> "eus";
            case "bur" -> "mya";
            case "geo" -> "kat";
            case "ice" -> "isl";
            case "mac" -> "mkd";
            case "may" -> "msa";
            case "alb" -> "sqi";
            case "tib" -> "bod";
            default -> null;
        };
    }
}
