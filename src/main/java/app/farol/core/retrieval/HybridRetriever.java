package app.farol.core.retrieval;

import app.farol.core.embed.Embedder;
import app.farol.core.store.Candidate;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.PassageStore;
import app.farol.core.store.SearchSession;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * BM25 and vector search over the same passages, merged into one list (see {@link FusionMethod}):
 * a passage that both methods rank well comes first, and either method alone can still bring a
 * passage in.
 * Thread-safe.
 */
public final class HybridRetriever implements Retriever {
    private static final int SNIPPET_CHARS = 220;

    private final PassageStore store;
    private final Embedder embedder;
    private final RetrievalSettings settings;

    public HybridRetriever(PassageStore store, Embedder embedder) {
        this(store, embedder, RetrievalSettings.DEFAULT);
    }

    public HybridRetriever(PassageStore store, Embedder embedder, FusionMethod method) {
        this(store, embedder, RetrievalSettings.DEFAULT.withMethod(method));
    }

    public HybridRetriever(PassageStore store, Embedder embedder, RetrievalSettings settings) {
        this.store = store;
        this.embedder = embedder;
        this.settings = settings;
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        Question question = request.question();
        String query = question.text().strip();
        if (query.isEmpty() || request.k() <= 0) {
            return List.of();
        }
        PassageFilter filter = new PassageFilter(
                request.folders().stream()
                        .map(p -> p.toAbsolutePath().normalize().toString())
                        .toList(),
                request.fileTypes());
        try (SearchSession session = store.openSession()) {
            return rank(session, question, query, filter, request.k()).stream()
                    .map(f -> toHit(
                            request.snippets() ? query : null,
                            question.language(),
                            session.load(new Candidate(f.id(), 0)),
                            f.score()))
                    .toList();
        }
    }

    /**
     * The best {@code n} passages without snippets: what {@link #search} ranks, for callers that
     * need many passages and no display (evaluation).
     */
    public List<StoredPassage> passages(String query, int n) {
        String q = query.strip();
        if (q.isEmpty() || n <= 0) {
            return List.of();
        }
        try (SearchSession session = store.openSession()) {
            return rank(session, Question.of(q), q, PassageFilter.NONE, n).stream()
                    .map(f -> session.load(new Candidate(f.id(), 0)))
                    .toList();
        }
    }

    /**
     * Fused candidate ids of one session, best first, at most n; loading is left to the caller.
     *
     * @param query the question's text, stripped
     */
    private List<Fusion.Fused> rank(
            SearchSession session, Question question, String query, PassageFilter filter, int n) {
        FusionMethod method = settings.method();
        int depth = Math.max(settings.candidates(), n);
        List<Candidate> keyword = method == FusionMethod.VECTOR_ONLY
                ? List.of()
                : session.keyword(KeywordQueries.of(question), filter, depth);
        List<Candidate> vector =
                method == FusionMethod.BM25_ONLY ? List.of() : session.vector(embedder.embed(query), filter, depth);
        double vectorWeight = settings.vectorWeight(question.language());
        // MiniLM learnt English: its similarity between a question and a passage is only as good
        // as the weaker of their two languages (an English question against a Portuguese passage
        // is mostly noise), so such a passage's vector part counts with that language's weight.
        ToDoubleFunction<String> vectorShare =
                id -> Math.min(1, settings.vectorWeight(session.language(id)) / vectorWeight);
        List<Fusion.Fused> fused = switch (method) {
            case CONVEX -> Fusion.convex(keyword, vector, vectorWeight, false, vectorShare);
            case CONVEX_TM -> Fusion.convex(keyword, vector, vectorWeight, true, vectorShare);
            default -> Fusion.reciprocalRank(keyword, vector, vectorWeight, vectorShare);
        };
        fused = preferAnswerType(session, answerKind(question), fused);
        return fused.size() > n ? fused.subList(0, n) : fused;
    }

    /**
     * Share of the best score added to a passage that holds the kind of answer asked for. Measured
     * (docs/retrieval.md): sample questions 43 -> 45 of 50 in the top 3; Pirá nDCG@10 +0.001,
     * Cranfield +0.0001, SciFact unchanged (its queries are claims, never typed).
     */
    static final double ANSWER_TYPE_BONUS = 0.4;
    /** Only the first passages are looked at: the bonus reorders close calls, it does not dig. */
    static final int ANSWER_TYPE_DEPTH = 20;

    /**
     * What a passage holds when it answers the question's kind, or null for a question of no kind:
     * the answer type's evidence, or for "who is the X" a name the question does not give
     * ({@link WhoQuestion}; the LOCADOR's clause among a contract's clauses that all say LOCADOR).
     */
    private static java.util.function.Predicate<StoredPassage> answerKind(Question question) {
        if (question.answerType() != AnswerType.ANY) {
            return p -> question.answerType().foundIn(p.text());
        }
        // Someone named beside the role, in either language: "Who is the landlord?" alone let
        // every capitalised pair ("Lock Keeper", "Nadia Brennan") take the bonus the LOCADOR's
        // clause needed.
        return WhoQuestion.role(question.text()).isPresent()
                ? p -> WhoQuestion.namesSomeone(p.text(), question.text())
                        && !question.words().held(p.text(), p.language()).isEmpty()
                : null;
    }

    /**
     * For a question that asks for a number or a date (or a person), the passages among the first few that hold
     * one move up: enough to pass passages that only repeat the question's words.
     */
    private static List<Fusion.Fused> preferAnswerType(
            SearchSession session, java.util.function.Predicate<StoredPassage> kind, List<Fusion.Fused> fused) {
        if (kind == null || fused.isEmpty()) {
            return fused;
        }
        int depth = Math.min(fused.size(), ANSWER_TYPE_DEPTH);
        double bonus = ANSWER_TYPE_BONUS * fused.getFirst().score(); // the same share whatever the fusion's scale
        List<Fusion.Fused> head = new ArrayList<>();
        for (Fusion.Fused f : fused.subList(0, depth)) {
            boolean holds = kind.test(session.load(new Candidate(f.id(), 0)));
            head.add(holds ? new Fusion.Fused(f.id(), f.score() + bonus) : f);
        }
        head.sort(Comparator.comparingDouble(Fusion.Fused::score).reversed());
        head.addAll(fused.subList(depth, fused.size()));
        return head;
    }

    @Override
    public List<SearchHit> neighbours(SearchHit hit, int before, int after) {
        int from = Math.max(0, hit.chunkOrdinal() - before);
        int to = hit.chunkOrdinal() + after;
        return store.passageRange(hit.path().toString(), from, to).stream()
                .filter(p -> p.part().equals(hit.part())) // a neighbour in the same document of the file
                .map(p -> p.ordinal() == hit.chunkOrdinal() ? hit : toHit("", Language.OTHER, p, 0))
                .toList();
    }

    /** @param query the query whose words the snippet marks, or null for no snippet */
    private SearchHit toHit(String query, Language queryLanguage, StoredPassage p, double score) {
        String snippet = query == null ? "" : store.highlight(query, queryLanguage, p, SNIPPET_CHARS);
        return new SearchHit(
                Path.of(p.path()),
                p.title(),
                p.page(),
                p.headings(),
                p.startOffset(),
                p.endOffset(),
                p.ordinal(),
                p.language(),
                score,
                p.text(),
                snippet,
                p.part(),
                p.scanned());
    }
}
