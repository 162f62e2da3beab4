package app.farol.app;

import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.util.CancelToken;
import app.farol.ui.ask.AskBackend;
import app.farol.ui.ask.AskResult;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stand-in answer path for the desktop while the real one ({@code core.answer.AnswerService},
 * branch {@code answer}) is merged: it retrieves passages and answers with the sentences that
 * share the most words with the question, citing them. It never uses a language model. Replace it
 * with an adapter of AnswerService when the branches meet. Thread-safe.
 */
final class RetrievalAnswers implements AskBackend {
    private static final int SOURCES = 3;
    private static final int MAX_SENTENCE = 300;
    private static final Set<String> STOP = Set.of("the", "and", "for", "what", "which", "how", "does", "did", "with",
            "that", "this", "are", "was", "should", "when", "where", "who", "why", "can", "much", "many", "long", "uma",
            "que", "qual", "quais", "como", "quando", "onde", "para", "com", "dos", "das", "por", "quanto", "vai");

    private final Retriever retriever;

    RetrievalAnswers(Retriever retriever) {
        this.retriever = retriever;
    }

    @Override
    public boolean hasModel() {
        return false;
    }

    @Override
    public AskResult ask(List<AskTurn> history, String question, AskListener listener, CancelToken cancel) {
        List<SearchHit> hits = retriever.search(SearchRequest.of(question, SOURCES));
        cancel.throwIfCancelled();
        Set<String> terms = terms(question);
        List<AskResult.Source> sources = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            sources.add(new AskResult.Source(i + 1, h.path(), h.title(), h.page(), h.startOffset(), h.endOffset(), h.text()));
        }
        record Pick(int n, String sentence, long overlap) {}
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            for (String s : hits.get(i).text().split("(?<=[.!?])\\s+|\\n+")) {
                long overlap = terms(s).stream().filter(terms::contains).count();
                if (overlap > 0 && s.length() <= MAX_SENTENCE) { // longer "sentences" are tables and lists
                    picks.add(new Pick(i + 1, s.strip(), overlap));
                }
            }
        }
        picks.sort(Comparator.comparingLong(Pick::overlap).reversed());
        if (picks.isEmpty()) {
            return new AskResult("", false, false, true, sources);
        }
        String text = picks.stream().limit(2).map(p -> p.sentence() + " [" + p.n() + "]").collect(Collectors.joining(" "));
        AskResult result = new AskResult(text, true, false, true, sources);
        listener.onExtractive(result);
        return result;
    }

    private static Set<String> terms(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3 && !STOP.contains(w)).collect(Collectors.toSet());
    }
}
