package app.farol.ui.ask;

import app.farol.core.util.DisplayNames;
import app.farol.ui.common.Texts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the conversation as HTML for the answer pane. Everything that comes from a question, a
 * model or a document is escaped, so no markup from them is ever rendered or fetched; the only
 * markup is this class's own, and its only links are {@code cite:EXCHANGE:N}.
 */
final class ConversationHtml {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    private ConversationHtml() {}

    /** The colours the page uses, taken from the current theme. */
    record Palette(String text, String muted, String questionBackground, String noticeBackground, String link) {}

    /** The page shown before the first question. */
    static String welcome(Palette p) {
        return head(p) + "<div class='m' style='margin-top:24px'>" + escape(Texts.get("ask.welcome"))
                + "</div></body></html>";
    }

    /**
     * The page of one exchange (question, answer, sources). While the model writes, its text is in
     * the element with id {@value #STREAM_ID}, so that new text can be appended without
     * rebuilding the page.
     *
     * @param i the exchange's number, used in its citation links
     */
    static String exchange(int i, Exchange e, boolean hasModel, Palette p) {
        StringBuilder h = new StringBuilder(head(p));
        exchange(h, i, e, hasModel);
        return h.append("</body></html>").toString();
    }

    static final String STREAM_ID = "stream";

    private static String head(Palette p) {
        return new StringBuilder("<html><head><style>")
                .append("body{color:")
                .append(p.text())
                .append(";margin:0 10px}")
                .append(".q{background:")
                .append(p.questionBackground())
                .append(";padding:6px 10px;margin-top:12px;font-weight:bold}")
                .append(".a{padding:6px 10px 2px 10px}")
                .append(".m{color:")
                .append(p.muted())
                .append(";padding:6px 10px 2px 10px}")
                .append(".notice{background:")
                .append(p.noticeBackground())
                .append(";padding:6px 10px;margin:4px 10px}")
                .append(".src{padding:0 10px 0 22px}")
                // the answer line first; the units that support it below, lighter
                .append(".lead{padding:6px 10px 4px 10px;font-size:larger}")
                .append(".sup{color:")
                .append(p.muted())
                .append(";padding:2px 10px 2px 22px}")
                .append("a{color:")
                .append(p.link())
                .append(";text-decoration:none}")
                .append("</style></head><body>")
                .toString();
    }

    private static void exchange(StringBuilder h, int i, Exchange e, boolean hasModel) {
        h.append("<div class='q'>").append(escape(e.question)).append("</div>");
        if (!e.error.isEmpty()) {
            h.append("<div class='notice'>").append(escape(e.error)).append("</div>");
            return;
        }
        AskResult shown = e.current();
        if (shown != null && !shown.found()) {
            h.append("<div class='notice'>")
                    .append(escape(Texts.get("ask.notFound")))
                    .append("</div>");
            sources(h, i, shown, Texts.get("ask.closest"));
            return;
        }
        if (e.result == null && e.extractive != null && hasModel) {
            h.append("<div class='m'>")
                    .append(escape(Texts.get("ask.quickAnswer")))
                    .append("</div>");
            answer(h, i, e.extractive);
            String streaming = e.streamed.isEmpty() ? Texts.get("ask.modelReading") : e.streamed.toString();
            h.append("<div class='a' id='")
                    .append(STREAM_ID)
                    .append("'>")
                    .append(e.streamed.isEmpty() ? "<i>" + escape(streaming) + "</i>" : escape(streaming))
                    .append("</div>");
        } else if (shown != null) {
            answer(h, i, shown);
        } else {
            h.append("<div class='m'><i>")
                    .append(escape(Texts.get("ask.searching")))
                    .append("</i></div>");
        }
        if (e.stopped || (e.result != null && !e.result.complete())) {
            h.append("<div class='m'><i>")
                    .append(escape(Texts.get("ask.stopped")))
                    .append("</i></div>");
        }
        if (shown != null) {
            sources(h, i, shown, Texts.get("ask.sources"));
        }
    }

    private static void sources(StringBuilder h, int i, AskResult r, String heading) {
        if (r.sources().isEmpty()) {
            return;
        }
        h.append("<div class='m'>").append(escape(heading)).append("</div>");
        for (AskResult.Source s : r.sources()) {
            String where = (s.page() > 0 ? ", " + Texts.format("sources.page", s.page()) : "")
                    + (s.scanned() ? " " + Texts.get("sources.scanned") : "");
            h.append("<div class='src'><a href='cite:")
                    .append(i)
                    .append(':')
                    .append(s.n())
                    .append("'>[")
                    .append(s.n())
                    .append("] ")
                    .append(escape(DisplayNames.safe(s.path().getFileName())))
                    .append(escape(where))
                    .append("</a></div>");
        }
    }

    /**
     * The answer: made of units, the first is the answer line (its span in bold) and the others
     * follow below in the muted colour, each with its number beside it, which links to exactly
     * that unit ({@code cite:EXCHANGE:N:UNIT}); any other answer as it is, with its markers linked.
     */
    private static void answer(StringBuilder h, int i, AskResult r) {
        if (r.units().isEmpty()) {
            h.append("<div class='a'>").append(withLinks(i, r.text(), r.span())).append("</div>");
            return;
        }
        for (int u = 0; u < r.units().size(); u++) {
            AskResult.Unit unit = r.units().get(u);
            String words = r.text().substring(unit.start(), unit.end());
            AskResult.Span span = r.span();
            // a unit's own words are text: a "[3]" in them is not one of the answer's markers
            String body = span != null && span.start() >= unit.start() && span.end() <= unit.end()
                    ? escape(words.substring(0, span.start() - unit.start())) + "<b>"
                            + escape(words.substring(span.start() - unit.start(), span.end() - unit.start()))
                            + "</b>" + escape(words.substring(span.end() - unit.start()))
                    : escape(words);
            h.append(u == 0 ? "<div class='lead'>" : "<div class='sup'>")
                    .append(body.replace("\n", "<br>"))
                    .append(" <a href='cite:")
                    .append(i)
                    .append(':')
                    .append(unit.cited().n())
                    .append(':')
                    .append(u)
                    .append("'>[")
                    .append(unit.cited().n())
                    .append("]</a></div>");
        }
    }

    /** As {@link #withLinks(int, String)}, with the answer's span (if any) in bold. */
    static String withLinks(int exchange, String text, AskResult.Span span) {
        if (span == null || span.end() > text.length()) {
            return withLinks(exchange, text);
        }
        return withLinks(exchange, text.substring(0, span.start())) + "<b>"
                + withLinks(exchange, text.substring(span.start(), span.end())) + "</b>"
                + withLinks(exchange, text.substring(span.end()));
    }

    /** Escapes the text, keeps its line breaks, and turns [n] markers into citation links. */
    static String withLinks(int exchange, String text) {
        Matcher m = MARKER.matcher(escape(text));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "<a href='cite:" + exchange + ":" + m.group(1) + "'>[" + m.group(1) + "]</a>");
        }
        m.appendTail(out);
        return out.toString().replace("\n", "<br>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
