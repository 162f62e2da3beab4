package app.farol.core.answer.extractive;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.Answerer;
import app.farol.core.answer.Citation;
import app.farol.core.answer.Passage;
import app.farol.core.embed.Embedder;
import app.farol.core.ingest.LanguageDetector;
import app.farol.core.retrieval.AnswerType;
import app.farol.core.text.WordCoverage;
import app.farol.core.util.CancelToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers without a language model: the sentences of the top passages that best answer the
 * question, scored by embedding similarity and shared content words, each followed by its
 * passage's [n]. Takes a few hundred milliseconds at most. Thread-safe if the embedder is.
 */
public final class ExtractiveAnswerer implements Answerer {
    /** Weight of embedding similarity for English questions; the rest goes to word overlap. */
    static final double SEMANTIC_WEIGHT = 0.65;
    /** all-MiniLM-L6-v2 knows little Portuguese: there shared words say more (bench extractive). */
    static final double SEMANTIC_WEIGHT_OTHER_LANGUAGES = 0.3;

    private static final int MAX_CANDIDATES = 48;
    /**
     * Added to a sentence that holds what the question asks for (a number, a date, a price...).
     * Chosen on the sample questions (bench extractive, before table rows became one line, through
     * a temporary switch since removed: 33 of 50 at 0, 35 at 0.1-0.2, 38 from 0.3 to 0.7): the
     * smallest value of the plateau.
     */
    static final double ANSWER_TYPE_BONUS = 0.3;

    /**
     * Added to a sentence of the best-ranked passage, a quarter less for each rank below, so that
     * retrieval's judgement of the whole passage counts (a cake recipe's passage over a contract's
     * for a baking question). Chosen on the sample questions (bench extractive, strict count): 34
     * of 50 at 0, 35 at 0.1, 33 at 0.2.
     */
    static final double RANK_BONUS = 0.1;

    private static final int RANK_STEPS = 4;

    private final Embedder embedder;
    private final int maxSentences;
    private final int maxPassages;

    public ExtractiveAnswerer(Embedder embedder, int maxSentences, int maxPassages) {
        this.embedder = embedder;
        this.maxSentences = maxSentences;
        this.maxPassages = maxPassages;
    }

    public ExtractiveAnswerer(Embedder embedder) {
        this(embedder, 3, 4);
    }

    /**
     * A candidate sentence.
     *
     * @param overlap share of the question's words it holds
     * @param acrossLanguages in another language than the question: its words alone count (glossary included), not its cosine
     */
    private record Scored(
            Passage passage, Sentences.Sentence sentence, double overlap, boolean acrossLanguages, double score) {}

    @Override
    public Answer answer(String question, List<Passage> passages, AnswerListener listener, CancelToken cancel) {
        return answer(question, passages);
    }

    /** The extractive answer; {@code grounded} is false when no passage has a usable sentence. */
    public Answer answer(String question, List<Passage> passages) {
        return answer(rank(question, passages), passages);
    }

    /** The extractive answer from a ranking {@link #rank} made of the same passages. */
    public Answer answer(List<RankedUnit> scored, List<Passage> passages) {
        if (scored.isEmpty()) {
            return new Answer("", Answer.Mode.EXTRACTIVE, false, List.of(), passages, true);
        }
        double best = scored.getFirst().score();
        List<RankedUnit> picked = scored.stream()
                .filter(s -> s.score() >= best * 0.75)
                .limit(maxSentences)
                .toList();
        return compose(picked, passages);
    }

    /**
     * A unit of a passage (a sentence, a list item, a table row) as the answer ranks it.
     *
     * @param passage the passage it lies in
     * @param sentence the unit and its range in the passage's text
     * @param score higher answers the question better; comparable within one ranking
     */
    public record RankedUnit(Passage passage, Sentences.Sentence sentence, double score) {}

    /**
     * The candidate units of the passages, best answer first: the order the extractive answer
     * reads them in (its first unit is this list's first). Empty when no passage has a usable unit.
     */
    public List<RankedUnit> rank(String question, List<Passage> passages) {
        return scored(question, passages).stream()
                .map(s -> new RankedUnit(s.passage(), s.sentence(), s.score()))
                .toList();
    }

    private List<Scored> scored(String question, List<Passage> passages) {
        Set<String> qTerms = Terms.of(question);
        String language = LanguageDetector.detectShort(question);
        WordCoverage coverage = passages.stream().anyMatch(p -> RelevanceGate.acrossLanguages(language, p.language()))
                ? WordCoverage.of(question, language)
                : null;
        AnswerType type = AnswerType.of(question);
        // A "how many" question is answered by a number of what it counts, not by any number.
        Predicate<String> typed =
                CountedThing.answer(question).orElse(text -> type != AnswerType.ANY && type.foundIn(text));
        List<Scored> candidates = new ArrayList<>();
        List<Passage> considered = passages.subList(0, Math.min(maxPassages, passages.size()));
        for (Passage p : considered) {
            boolean across = RelevanceGate.acrossLanguages(language, p.language());
            for (Sentences.Sentence s : Sentences.split(p.text())) {
                // A "sentence" of spaces or symbols (a form's blank lines) says nothing, and MiniLM refuses
                // blank text. A lead-in ("II – facultativos para:") answers nothing alone: its items do.
                if (s.text().length() >= 12
                        && s.text().codePoints().anyMatch(Character::isLetterOrDigit)
                        && !s.text().endsWith(":")) {
                    double overlap =
                            across ? coverage.in(s.text(), p.language()) : Terms.overlap(qTerms, Terms.of(s.text()));
                    candidates.add(new Scored(p, s, overlap, across, 0));
                }
            }
        }
        // Keep the embedding work bounded: prefer sentences that share words with the question.
        candidates.sort(Comparator.comparingDouble(Scored::overlap).reversed());
        if (candidates.size() > MAX_CANDIDATES) {
            candidates = new ArrayList<>(candidates.subList(0, MAX_CANDIDATES));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        double semanticWeight = LanguageDetector.ENGLISH.equals(LanguageDetector.detectShort(question))
                ? SEMANTIC_WEIGHT
                : SEMANTIC_WEIGHT_OTHER_LANGUAGES;
        float[] q = embedder.embed(question);
        List<float[]> vectors = embedder.embedAll(
                candidates.stream().map(c -> c.sentence().text()).toList());
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Scored c = candidates.get(i);
            double weight = c.acrossLanguages() ? 0 : semanticWeight;
            double score = weight * Vectors.cosine(q, vectors.get(i))
                    + (1 - weight) * c.overlap()
                    + (typed.test(c.sentence().text()) ? ANSWER_TYPE_BONUS : 0)
                    + RANK_BONUS * Math.max(0, RANK_STEPS - considered.indexOf(c.passage())) / RANK_STEPS;
            scored.add(new Scored(c.passage(), c.sentence(), c.overlap(), c.acrossLanguages(), score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (type != AnswerType.ANY) {
            // What a person reads first must be of the kind asked for, when any sentence is
            // (bench extractive, strict: 34 of 50 without this rule, 35 with it).
            scored.stream()
                    .filter(c -> typed.test(c.sentence().text()))
                    .findFirst()
                    .ifPresent(first -> {
                        scored.remove(first);
                        scored.addFirst(first);
                    });
        }
        return scored;
    }

    /**
     * Where a character of the passage's text lies in the document. A passage inside a list
     * repeats its lead-in lines on top; its offsets cover only its own text, which follows them.
     */
    private static int documentOffset(Passage p, int inText) {
        int leadIn = Math.max(0, p.text().length() - (p.endOffset() - p.startOffset()));
        return p.startOffset() + Math.max(0, inText - leadIn);
    }

    /** A citation covering a range of the passage; the text is that range of the passage's text. */
    private static Citation span(Passage p, int n, int start, int end) {
        int leadIn = Math.max(0, p.text().length() - (p.endOffset() - p.startOffset()));
        int from = Math.min(p.text().length(), start - p.startOffset() + leadIn);
        int to = Math.min(p.text().length(), Math.max(from, end - p.startOffset() + leadIn));
        String text = p.text().substring(from, to);
        return new Citation(n, p.path(), p.page(), start, end, text, p.part(), p.scanned());
    }

    /**
     * The picked sentences in order, each followed by its passage's marker. Markers are numbered
     * in reading order (the first cited passage is [1]), with no gaps and one number a passage.
     */
    private static Answer compose(List<RankedUnit> picked, List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        Map<Integer, Citation> citations = new LinkedHashMap<>(); // by passage number, in order of first citation
        Map<Integer, Integer> shown = new LinkedHashMap<>(); // passage number -> number shown
        for (RankedUnit s : picked) {
            Passage p = s.passage();
            int n = shown.computeIfAbsent(p.n(), k -> shown.size() + 1);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.sentence().text()).append(" [").append(n).append(']');
            int start = documentOffset(p, s.sentence().start());
            int end = Math.max(start, documentOffset(p, s.sentence().end()));
            citations.merge(
                    p.n(),
                    new Citation(n, p.path(), p.page(), start, end, s.sentence().text(), p.part(), p.scanned()),
                    (a, b) -> span(
                            p, n, Math.min(a.startOffset(), b.startOffset()), Math.max(a.endOffset(), b.endOffset())));
        }
        return new Answer(
                text.toString(), Answer.Mode.EXTRACTIVE, true, List.copyOf(citations.values()), passages, true);
    }
}
