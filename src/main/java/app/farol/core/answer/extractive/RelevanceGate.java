package app.farol.core.answer.extractive;

import app.farol.core.answer.RankedHit;
import app.farol.core.embed.Embedder;
import app.farol.core.retrieval.AnswerType;
import app.farol.core.retrieval.Question;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import app.farol.core.text.WordCoverage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether retrieval found anything relevant, so the model is never asked to answer from
 * unrelated text. The fused retrieval score is only comparable within one result list, so the gate
 * measures relevance itself, with two signals: the cosine between the question's and the
 * passage's embeddings, and the share of the question's content words found in the passage
 * ({@link WordCoverage}: as the index's analyzers stem them, glossary words counting; the same
 * measure in one language and across two).
 *
 * <p>The rule ({@link #isRelevant}) comes from measurement (RelevanceThresholdMeasurementTest):
 * with all-MiniLM-L6-v2, English pairs separate well at cosine 0.30 (answerable kept 93-95 %,
 * off-topic rejected 95-99 %), but any two Portuguese sentences score 0.4-0.5 whatever they say,
 * because the model is English-trained. So a cosine below {@link #CONFIDENT_COSINE} also needs
 * shared content words.
 *
 * <p>Across languages (an English question, a Portuguese passage, or the other way round) the
 * cosine is noise, so there the question's words decide alone, read through the glossary
 * ({@link WordCoverage}): at least {@link #CROSS_LANGUAGE_WORDS} of them and
 * {@link #CROSS_LANGUAGE_COVERAGE} of the question. The same test measures the harshest off-topic
 * case, the passage of the other language's benchmark that holds most of the question's words:
 * 4 % (SciFact questions, Pirá passages) and 8 % (the reverse) get through. Before, no
 * cross-language question got past the cosine; see docs/retrieval.md for the answers it gives now.
 * A passage in the other language that holds fewer words still passes when it holds the kind
 * asked for beside a word for a thing of the question ({@link #answersAcrossLanguages}): the
 * LOCADOR's clause for "Who is the landlord of the apartment?".
 *
 * <p>A passage that shares the question's topic is not yet an answer ("This is a page about
 * France" for "What is the capital of France?"). On top of the similarity rule a passage must:
 * share a content word beyond the things the question names ({@link Names}) and the words that
 * only ask for a kind ({@link #ASKING_WORDS}); come from a document that names every thing the question
 * names (in any of its retrieved passages, its title, file name or headings); come from a
 * document that holds something of the kind asked for ({@link AnswerType}: a number of years for
 * an age, an amount for a price); and, for "how many X", give a number of X ({@link CountedThing}).
 * Across languages the glossary words it holds must be more than the names. Measured with
 * {@code farol bench abstain} (sample-docs plus ../shared/corpus, 48 off-topic questions): off-topic
 * answered "not found" 14 of 48 before, 44 of 48 after; the sample questions' strict count is
 * 34 of 50 there, 36 on sample-docs alone (docs/retrieval.md).
 * Thread-safe if the embedder is.
 */
public final class RelevanceGate {
    /** Below this cosine a passage is never relevant. */
    public static final double MIN_COSINE = 0.30;
    /** At or above this cosine a passage is relevant without shared words. */
    public static final double CONFIDENT_COSINE = 0.60;
    /**
     * Share of the question's content words ({@link WordCoverage}) a passage must hold when the
     * cosine is not confident. Measured again when the measure became one (docs/decisions/0167):
     * the lowest value at which no off-topic passage of RelevanceThresholdMeasurementTest passes.
     */
    public static final double MIN_OVERLAP = 0.2;
    /** Share of the question's content words a passage in another language must hold, glossary words counting. */
    public static final double CROSS_LANGUAGE_COVERAGE = 0.4;
    /** ... and at least this many of them: one shared word out of two says little. */
    public static final int CROSS_LANGUAGE_WORDS = 2;

    /**
     * Share of the question's words for things (its names and its asking words left out) that a
     * passage in another language holding the kind asked for must hold: one of two, one of three.
     */
    public static final double CROSS_LANGUAGE_THING_SHARE = 1.0 / 3;

    /** Letters and digits in one word ("E07", "BD-450"): a code, written alike in every language. */
    private static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("(?U)\\b(?=[\\w-]*\\d)(?=[\\w-]*\\p{L})[\\w-]{2,}\\b");

    /** A question naming more things than this is read without the names rule. */
    public static final int MAX_NAMES = 3;

    /**
     * Words that ask for a kind of answer rather than name what it is about ("how long", "how
     * old", "quanto custa"): a passage that answers need not repeat them. Any other word of the
     * question beyond its names must be shared, even when it asks for a kind: "Quando foi fundada
     * a cidade de Florianópolis?" is not answered by a checklist line with a date and the city.
     */
    private static final Set<String> ASKING_WORDS = Set.of(
            "long",
            "old",
            "many",
            "much",
            "far",
            "often",
            "big",
            "heavy",
            "high",
            "tall",
            "large",
            "quanto",
            "quanta",
            "quantos",
            "quantas",
            "custa",
            "custam",
            "custou",
            "cost",
            "costs",
            "price",
            "preco",
            "valor",
            "idade",
            "age",
            "date",
            "data",
            "dia",
            "year",
            "ano",
            "tempo",
            "time",
            "frequencia",
            "frequency",
            // what is measured, when the kind asked for stands for it ("a 180 °C" is a temperature)
            "temperature",
            "temperatura",
            "pressure",
            "pressao",
            "capacity",
            "capacidade",
            "weight",
            "peso",
            "speed",
            "velocidade",
            "distance",
            "distancia");

    private final Embedder embedder;

    public RelevanceGate(Embedder embedder) {
        this.embedder = embedder;
    }

    /** The verdict: the hits with their relevance (in retrieval order) and whether any is relevant. */
    public record Verdict(List<RankedHit> hits, boolean relevant) {

        /** Hits worth giving to the answerer: those at least half as similar as the best, and those another language's words vouch for. */
        public List<RankedHit> usable() {
            double best = hits.stream().mapToDouble(RankedHit::relevance).max().orElse(0);
            return hits.stream()
                    .filter(h -> h.wordsAcrossLanguages() || h.relevance() >= best * 0.5)
                    .toList();
        }
    }

    /** The gate's rule for one passage. */
    public static boolean isRelevant(double cosine, double overlap, int questionTerms) {
        if (cosine < MIN_COSINE) {
            return false;
        }
        return cosine >= CONFIDENT_COSINE || (questionTerms > 0 && overlap >= MIN_OVERLAP);
    }

    /** The gate's rule for a passage in another language than the question. */
    public static boolean isRelevantAcrossLanguages(double coverage, int questionWords) {
        return coverage >= CROSS_LANGUAGE_COVERAGE && Math.round(coverage * questionWords) >= CROSS_LANGUAGE_WORDS;
    }

    /**
     * The second rule across languages: a passage that holds one of the question's words for a
     * thing (not a name, not a word that only asks for a kind) and, beside it, the kind of thing
     * the question asks for ("Who is the landlord of the apartment?": the clause that names the
     * LOCADOR). One word of two alone says little; with the kind asked for it is an answer.
     */
    public static boolean answersAcrossLanguages(int thingWords, int questionThingWords, boolean holdsKind) {
        return holdsKind && thingWords >= 1 && thingWords >= questionThingWords * CROSS_LANGUAGE_THING_SHARE;
    }

    /**
     * What a passage must hold to answer the question's kind: a person or organisation for
     * "who", a number of the counted thing for "how many X", the answer type's evidence
     * otherwise; nothing passes for a question that asks for no kind.
     */
    static Predicate<String> answerKind(String question, Language language, AnswerType type) {
        return CountedThing.answer(question, language)
                .or(() -> PersonAnswer.answer(question))
                .orElse(text -> type != AnswerType.ANY && type.foundIn(text));
    }

    /** The codes of a text, lower case. */
    static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        java.util.regex.Matcher m = CODE.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }

    /**
     * The third rule across languages: a code of the question ("E07") is the same word in every
     * language, so a passage that holds it beside one more of the question's words (through the
     * glossary: "código" as "code") answers about it, whatever share of the question it holds.
     */
    static boolean codeAcrossLanguages(List<String> questionCodes, String passage, List<String> held) {
        if (questionCodes.isEmpty()) {
            return false;
        }
        List<String> inPassage = codes(passage);
        return questionCodes.stream().anyMatch(inPassage::contains)
                && held.stream().anyMatch(w -> !questionCodes.contains(w.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the held question words include the role a "who is the X" asks about (true when none). */
    private static boolean holdsRole(List<String> held, Set<String> role) {
        return role.isEmpty() || held.stream().anyMatch(w -> Terms.of(w).containsAll(role));
    }

    /** How many of the held words name a thing: neither one of the question's names nor a word that only asks for a kind. */
    private static int thingWords(List<String> held, Set<String> names) {
        int things = 0;
        for (String word : held) {
            Set<String> folded = new HashSet<>(Terms.of(word));
            folded.removeAll(names);
            folded.removeAll(ASKING_WORDS);
            things += folded.isEmpty() ? 0 : 1;
        }
        return things;
    }

    /** Whether question and passage are in two different known languages, where the cosine says nothing. */
    public static boolean acrossLanguages(Language questionLanguage, Language passageLanguage) {
        return !questionLanguage.equals(passageLanguage)
                && !Language.OTHER.equals(questionLanguage)
                && !Language.OTHER.equals(passageLanguage);
    }

    public Verdict assess(String question, List<SearchHit> hits) {
        return assess(Question.of(question), hits);
    }

    /** The verdict on the hits for a question already read. */
    public Verdict assess(Question read, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return new Verdict(List.of(), false);
        }
        String question = read.text();
        float[] q = embedder.embed(question);
        List<float[]> vectors =
                embedder.embedAll(hits.stream().map(SearchHit::text).toList());
        Language language = read.language();
        WordCoverage coverage = read.words();
        // More than a few names is not a question about one thing (a whole prompt sent as the
        // question, through farol serve): then names are not asked for.
        Set<String> named = Names.of(question);
        Set<String> names = named.size() <= MAX_NAMES ? named : Set.of();
        AnswerType kind = read.answerType();
        java.util.Optional<String> counted = CountedThing.of(question);
        Predicate<String> holdsKind = answerKind(question, language, kind);
        java.util.Optional<Predicate<String>> person = PersonAnswer.answer(question);
        Set<String> role = PersonAnswer.role(question).map(Terms::of).orElse(Set.of());
        List<String> countedForms = CountedThing.forms(question, language);
        int questionThings = thingWords(coverage.words(), names);
        List<String> codes = codes(question);
        // What a document says is read over all its hits: a table that never repeats the bike's
        // name still belongs to the bike's log, whose other passages name it.
        Map<Path, Set<String>> namedInDocument = new HashMap<>();
        Map<Path, Boolean> kindInDocument = new HashMap<>();
        for (SearchHit hit : hits) {
            namedInDocument.computeIfAbsent(hit.path(), p -> new HashSet<>()).addAll(Names.foundIn(names, hit));
            // A "who" is answered by a person or organisation that is not one the question names.
            boolean holds = kind.mayAnswerIn(hit.text())
                    && person.map(p -> p.test(hit.text())).orElse(true);
            kindInDocument.merge(hit.path(), holds, Boolean::logicalOr);
        }
        List<RankedHit> ranked = new ArrayList<>();
        boolean relevant = false;
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            double cos = Vectors.cosine(q, vectors.get(i));
            boolean across = acrossLanguages(language, hit.language());
            // One measure in both branches: the question's words the passage holds, as the index's
            // analyzers stem them, glossary words counting (docs/decisions/0167).
            List<String> held = coverage.held(hit.text(), hit.language());
            double covered = coverage.size() == 0 ? 0 : (double) held.size() / coverage.size();
            int things = thingWords(held, names);
            boolean hitRelevant;
            if (across) {
                hitRelevant = (isRelevantAcrossLanguages(covered, coverage.size())
                                && held.size() > Names.foundIn(names, hit).size())
                        || (answersAcrossLanguages(things, questionThings, holdsKind.test(hit.text()))
                                && holdsRole(held, role))
                        || codeAcrossLanguages(codes, hit.text(), held);
            } else {
                // ... and a word beyond the names and the asking words, when the question has one.
                hitRelevant = isRelevant(cos, covered, coverage.size()) && (questionThings == 0 || things > 0);
            }
            hitRelevant &= counted.isEmpty() || CountedThing.countedIn(countedForms, hit.text());
            hitRelevant &= answersTheKind(
                    namedInDocument.get(hit.path()).size() == names.size(), kindInDocument.get(hit.path()));
            relevant |= hitRelevant;
            ranked.add(new RankedHit(hit, cos, across && hitRelevant));
        }
        return new Verdict(ranked, relevant);
    }

    /**
     * The rule that a passage sharing the topic is not yet an answer: its document must name every
     * thing the question names, and hold something of the kind asked for (a number of years for
     * an age, an amount for a price).
     */
    public static boolean answersTheKind(boolean documentNamesAll, boolean documentHoldsKind) {
        return documentNamesAll && documentHoldsKind;
    }
}
