package app.farol.core.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a follow-up question ("and in 2023?", "e em 2023?", "what about Lisbon?") into one
 * that stands on its own, using the previous question, so retrieval finds the right passages.
 * Rule-based, no model needed. Stateless.
 *
 * <p>A question counts as a follow-up when it starts with a connective ("and", "e", "what about",
 * "e quanto a") or is very short (three words or fewer) and a conversation exists. Numbers and
 * years in the follow-up replace those of the previous question; otherwise the follow-up's words
 * are added to it.
 */
public final class FollowUpRewriter {
    private static final Pattern CONNECTIVE = Pattern.compile(
            "(?i)^\\s*(and what about|what about|how about|and|also|e quanto a|e quanto ao|e quanto à|e quanto|e sobre|e|também)\\b[,:]?\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:[.,]\\d+)*\\b");

    private FollowUpRewriter() {}

    public static String rewrite(List<Turn> history, String question) {
        String q = question.strip();
        if (history.isEmpty()) {
            return q;
        }
        Matcher c = CONNECTIVE.matcher(q);
        boolean connective = c.find();
        int words = q.split("\\s+").length;
        if (!connective && words > 3) {
            return q;
        }
        String previous = history.getLast().standaloneQuestion().strip();
        String addition = stripEnd(connective ? q.substring(c.end()) : q);
        List<String> newNumbers =
                NUMBER.matcher(addition).results().map(m -> m.group()).toList();
        List<String> oldNumbers =
                NUMBER.matcher(previous).results().map(m -> m.group()).toList();
        if (!newNumbers.isEmpty() && newNumbers.size() == oldNumbers.size()) {
            String rewritten = previous;
            for (int i = 0; i < oldNumbers.size(); i++) {
                rewritten = rewritten.replaceFirst("\\b" + Pattern.quote(oldNumbers.get(i)) + "\\b", newNumbers.get(i));
            }
            return rewritten;
        }
        if (addition.isBlank()) {
            return previous;
        }
        return previous + " " + addition + "?";
    }

    private static String stripEnd(String s) {
        return s.strip().replaceAll("[?.!]+$", "").strip();
    }
}
