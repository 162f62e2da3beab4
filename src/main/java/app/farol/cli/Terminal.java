package app.farol.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for text printed to a terminal. */
final class Terminal {
    private static final boolean ANSI = System.console() != null && System.getenv("NO_COLOR") == null;

    private Terminal() {}

    /** Whether a person watches: a terminal, where a line can be redrawn in place. */
    static boolean isInteractive() {
        return ANSI;
    }

    /** Turns a snippet's {@code <b>} marks into bold (or plain text when not on a terminal). */
    static String boldMatches(String snippet) {
        String bold = ANSI ? "\u001B[1m" : "";
        String reset = ANSI ? "\u001B[0m" : "";
        // the document's own text is made printable before Farol adds its own escape codes
        String marked = snippet.replace("<b>", "\uE000").replace("</b>", "\uE001");
        return printable(unescape(marked)).replace("\uE000", bold).replace("\uE001", reset);
    }

    /**
     * A document's text made safe for a terminal: control characters (ESC, BEL, the C1 set) could
     * otherwise drive it (an OSC 52 sequence sets the clipboard, others rewrite the screen or the
     * window title). Each becomes a space; line breaks and tabs stay.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? ' ' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Undoes the HTML escaping of snippets (Lucene's encoder also writes "/" as "&#x2F;"). */
    static String unescape(String html) {
        String named = html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        Matcher m = NUMERIC_ENTITY.matcher(named);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : m.group()));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
}
