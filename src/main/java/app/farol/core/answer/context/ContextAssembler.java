package app.farol.core.answer.context;

import app.farol.core.answer.Passage;
import app.farol.core.answer.RankedHit;
import app.farol.core.retrieval.Retriever;
import app.farol.core.retrieval.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Chooses the passages the answerer reads: hits best first, each widened with its neighbouring
 * chunks when they fit, overlapping and duplicate text removed, until the token budget is spent.
 * Passages are numbered 1..n in rank order. Thread-safe if the retriever is.
 */
public final class ContextAssembler {
    private final Retriever retriever;
    private final ToIntFunction<String> tokens;
    private final int neighbours;

    /**
     * @param tokens counts tokens of the model that will read the context
     * @param neighbours chunks to add on each side of a hit (0 for none)
     */
    public ContextAssembler(Retriever retriever, ToIntFunction<String> tokens, int neighbours) {
        this.retriever = retriever;
        this.tokens = tokens;
        this.neighbours = neighbours;
    }

    public List<Passage> assemble(List<RankedHit> hits, int budgetTokens) {
        List<Passage> chosen = new ArrayList<>();
        int used = 0;
        for (RankedHit h : hits) {
            SearchHit hit = h.hit();
            if (covered(chosen, hit)) {
                continue;
            }
            Passage alone = passage(List.of(hit), h.relevance());
            Passage wide = neighbours > 0
                    ? passage(samePage(hit, retriever.neighbours(hit, neighbours, neighbours)), h.relevance())
                    : alone;
            Passage pick = null;
            for (Passage candidate : List.of(wide, alone)) {
                if (overlapsAny(chosen, candidate) && candidate != alone) {
                    continue;
                }
                int cost = tokens.applyAsInt(AnswerPrompt.format(candidate.withNumber(chosen.size() + 1)));
                if (used + cost <= budgetTokens) {
                    pick = candidate;
                    used += cost;
                    break;
                }
            }
            if (pick == null && chosen.isEmpty()) {
                pick = truncate(alone, budgetTokens);
                used += tokens.applyAsInt(AnswerPrompt.format(pick));
            }
            if (pick != null && !duplicateText(chosen, pick)) {
                chosen.add(pick.withNumber(chosen.size() + 1));
            }
        }
        return chosen;
    }

    /**
     * Neighbours on the hit's own page only: a passage, and so every citation of it, then lies on
     * one page, the page the viewer opens.
     */
    private static List<SearchHit> samePage(SearchHit hit, List<SearchHit> around) {
        return around.stream().filter(c -> c.page() == hit.page()).toList();
    }

    /**
     * Joins chunks in document order. A gap between two chunks (the blank line between
     * paragraphs) is filled with as many line breaks, so that a character's position in the
     * passage plus {@code startOffset} is its position in the document: citations of a sentence
     * inside the passage point at the right characters.
     */
    /**
     * Neighbouring chunks joined into one passage whose text lines up with the document: after the
     * first chunk (with the lead-in lines it may repeat on top), each character at document offset
     * o sits at o - start + lead-in. Gaps are kept as line breaks.
     */
    private static Passage passage(List<SearchHit> chunks, double relevance) {
        List<SearchHit> sorted = new ArrayList<>(chunks);
        sorted.sort(Comparator.comparingInt(SearchHit::startOffset));
        SearchHit first = sorted.getFirst();
        StringBuilder text = new StringBuilder(first.text());
        int end = first.endOffset();
        for (SearchHit c : sorted.subList(1, sorted.size())) {
            String own = ownText(c);
            if (c.startOffset() <= end) {
                int skip = Math.min(own.length(), end - c.startOffset());
                text.append(own, skip, own.length());
            } else {
                text.append("\n".repeat(c.startOffset() - end)).append(own);
            }
            end = Math.max(end, c.endOffset());
        }
        return new Passage(
                0,
                first.path(),
                first.title(),
                first.page(),
                first.startOffset(),
                end,
                text.toString(),
                relevance,
                first.language(),
                first.part(),
                first.scanned());
    }

    /** A chunk's own text, without the lead-in lines a chunk inside a list repeats on top. */
    private static String ownText(SearchHit c) {
        int length = c.endOffset() - c.startOffset();
        return length > 0 && length < c.text().length()
                ? c.text().substring(c.text().length() - length)
                : c.text();
    }

    private Passage truncate(Passage p, int budget) {
        String text = p.text();
        while (text.length() > 40 && tokens.applyAsInt(AnswerPrompt.format(withText(p, text))) > budget) {
            text = text.substring(0, text.length() * 3 / 4);
        }
        return withText(p, text);
    }

    /** The passage cut to a shorter text (its start), its end offset moved with it. */
    private static Passage withText(Passage p, String text) {
        int leadIn = Math.max(0, p.text().length() - (p.endOffset() - p.startOffset()));
        int end = Math.min(p.endOffset(), p.startOffset() + Math.max(0, text.length() - leadIn));
        return new Passage(
                p.n(),
                p.path(),
                p.title(),
                p.page(),
                p.startOffset(),
                end,
                text,
                p.relevance(),
                p.language(),
                p.part(),
                p.scanned());
    }

    private static boolean covered(List<Passage> chosen, SearchHit hit) {
        return chosen.stream()
                .anyMatch(p -> p.path().equals(hit.path())
                        && p.startOffset() <= hit.startOffset()
                        && p.endOffset() >= hit.endOffset());
    }

    private static boolean overlapsAny(List<Passage> chosen, Passage c) {
        return chosen.stream()
                .anyMatch(p -> p.path().equals(c.path())
                        && p.startOffset() < c.endOffset()
                        && c.startOffset() < p.endOffset());
    }

    private static boolean duplicateText(List<Passage> chosen, Passage c) {
        String norm = normalise(c.text());
        return chosen.stream().anyMatch(p -> normalise(p.text()).equals(norm));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
