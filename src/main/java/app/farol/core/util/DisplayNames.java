package app.farol.core.util;

import java.nio.file.Path;
import java.util.Locale;

/**
 * File names as they may be shown to a person. A name is bytes the file's author chose: a
 * right-to-left override makes {@code invoice\u202Efdp.js} display as {@code invoicesj.pdf}, and
 * control characters (ESC, BEL) can drive a terminal. Every bidi control, other invisible format
 * character and control character is shown as a visible {@code <U+202E>} instead. Use it wherever
 * a name is displayed (desktop, terminal); JSON output and the index keep the raw name.
 */
public final class DisplayNames {
    private DisplayNames() {}

    public static String safe(Path path) {
        return path == null ? "" : safe(path.toString());
    }

    public static String safe(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = Character.charCount(cp);
            if (isHidden(cp)) {
                if (out == null) {
                    out = new StringBuilder(name.length() + 8).append(name, 0, i);
                }
                out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += len;
        }
        return out == null ? name : out.toString();
    }

    /**
     * Controls (C0, DEL, C1) and format characters (bidi marks, overrides and isolates, zero-width
     * space), except the joiners that emoji and some scripts need (U+200C, U+200D).
     */
    static boolean isHidden(int cp) {
        int type = Character.getType(cp);
        if (cp == 0x200C || cp == 0x200D) {
            return false;
        }
        return type == Character.CONTROL || type == Character.FORMAT || cp == 0x2028 || cp == 0x2029;
    }
}
