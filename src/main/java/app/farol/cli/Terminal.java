package app.farol.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for text printed to a terminal. */
final class Terminal {
    private static final boolean ANSI = System.console() != null && System.getenv("NO_COLOR") == null;

    private Terminal() {}

    /** Turns a snippet's {@code <b>} marks into bold (or plain text when not on a terminal). */
    static String boldMatches(String snippet) {
        String bold = ANSI ? "\u001B[1m" : "";
        String reset = ANSI ? "\u001B[0m" : "";
        return unescape(snippet.replace("<b>", bold).replace("</b>", reset));
    }

    /** Undoes the HTML escaping of snippets (Lucene's encoder also writes "/" as "&#x2F;"). */
    static String unescape(String html) {
        String named = html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        Matcher m = NUMERIC_ENTITY.matcher(named);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : m.group()));
        }
        m.appendTail(out);
        return out.toString().replace("&amp;", "&");
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
}
