package app.farol.ui.ask;

import app.farol.core.conversation.SavedConversation;
import app.farol.ui.common.Texts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Between the conversation as the Ask view holds it and as {@code ConversationStore} keeps it,
 * and the text Copy puts on the clipboard. Only finished exchanges are kept.
 */
final class SavedExchanges {
    private static final int TITLE = 80;

    private SavedExchanges() {}

    static SavedConversation toSaved(String id, List<Exchange> exchanges, long now) {
        List<SavedConversation.Turn> turns = new ArrayList<>();
        for (Exchange x : exchanges) {
            AskResult r = x.result;
            if (r == null) {
                continue;
            }
            List<SavedConversation.Source> sources = r.sources().stream()
                    .map(s -> new SavedConversation.Source(
                            s.n(),
                            s.path().toString(),
                            s.title(),
                            s.page(),
                            s.startOffset(),
                            s.endOffset(),
                            s.text(),
                            s.scanned()))
                    .toList();
            turns.add(new SavedConversation.Turn(x.question, r.text(), r.found(), r.byModel(), r.complete(), sources));
        }
        String first = exchanges.isEmpty() ? "" : exchanges.getFirst().question;
        String title = first.length() > TITLE ? first.substring(0, TITLE - 1) + "\u2026" : first;
        return new SavedConversation(id, title, now, turns);
    }

    static List<Exchange> fromSaved(SavedConversation c) {
        List<Exchange> out = new ArrayList<>();
        for (SavedConversation.Turn t : c.turns()) {
            Exchange x = new Exchange(t.question());
            List<AskResult.Source> sources = t.sources().stream()
                    .map(s -> new AskResult.Source(
                            s.n(),
                            Path.of(s.path()),
                            s.title(),
                            s.page(),
                            s.startOffset(),
                            s.endOffset(),
                            s.text(),
                            s.scanned()))
                    .toList();
            x.result = new AskResult(t.answer(), t.found(), t.byModel(), t.complete(), sources);
            x.stopped = !t.complete();
            out.add(x);
        }
        return out;
    }

    /** What Copy puts on the clipboard: the answer, then its numbered sources with file and page. */
    static String copyText(Exchange x) {
        AskResult r = x.current();
        StringBuilder b = new StringBuilder();
        String answer = r == null ? x.streamed.toString() : r.found() ? r.text() : Texts.get("ask.notFound");
        b.append(answer.strip());
        if (r != null && !r.sources().isEmpty()) {
            b.append("\n\n").append(Texts.get(r.found() ? "ask.sources" : "ask.closest"));
            for (AskResult.Source s : r.sources()) {
                b.append("\n[").append(s.n()).append("] ").append(s.title());
                if (s.page() > 0) {
                    b.append(", ").append(Texts.format("sources.page", s.page()));
                }
                b.append(" \u2014 ").append(s.path());
            }
        }
        return b.toString();
    }
}
