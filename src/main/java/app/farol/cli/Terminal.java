package app.farol.cli;

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

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
