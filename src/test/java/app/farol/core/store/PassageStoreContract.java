package app.farol.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.embed.Embedder;
import app.farol.core.ingest.Cause;
import app.farol.core.ingest.Reason;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.text.Language;
import app.farol.core.util.FarolException;
import app.farol.testing.SharedEmbedder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PassageStore} promises, as its javadoc states it: one subclass per store (the
 * pattern of langchain4j's {@code EmbeddingStoreWithRemovalIT}). Real passages, real MiniLM
 * vectors. A store whose documented semantics allow eventual visibility says how long to wait
 * ({@link #visibilityDelay()}); the checks then wait for a condition, never a fixed time.
 */
public abstract class PassageStoreContract {
    private static final String FOLDER = "/contract/docs";
    private static final String LEASE = FOLDER + "/lease.txt";
    private static final String MANUAL = FOLDER + "/manuals/kettle.pdf";
    private static final String NOTES = "/contract/other/notes.md";

    private final Embedder embedder = SharedEmbedder.get();
    protected PassageStore store;

    /** A new, empty store, open for writing; closed by the contract after each test. */
    protected abstract PassageStore newStore();

    /**
     * How long a write may take to become visible to reads in this process: zero (the strict
     * form) unless the store documents eventual visibility.
     */
    protected Duration visibilityDelay() {
        return Duration.ZERO;
    }

    /** The store, opened again on what {@link #newStore()} made, after {@code store} was closed. */
    protected abstract PassageStore reopen();

    /**
     * The store made by {@link #newStore()}, opened for writing by a Farol that embeds with another
     * model ({@code name}, vectors of {@code dimension}).
     */
    protected abstract PassageStore reopenWithEmbedder(String name, int dimension);

    /**
     * Whether a session sees the store exactly as it was at open (the Lucene store). Every store
     * at least shows each file at one version for a whole session.
     */
    protected boolean sessionsArePointInTime() {
        return false;
    }

    @BeforeEach
    void open() {
        store = newStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void should_find_the_right_passage_by_keyword_and_by_vector() {
        writeLibrary();
        awaitVisible(() -> store.stats().passages() == 6);

        List<RankedPassage> byWords = store.keywordSearch(KeywordQueries.of("monthly rent"), PassageFilter.NONE, 3);
        assertThat(byWords).isNotEmpty();
        assertThat(byWords.getFirst().passage().text()).contains("monthly rent");

        List<RankedPassage> byMeaning =
                store.vectorSearch(embedder.embed("how do I remove limescale from the kettle"), PassageFilter.NONE, 3);
        assertThat(byMeaning.getFirst().passage().path()).isEqualTo(MANUAL);
        assertThat(byMeaning.getFirst().passage().text()).contains("vinegar");
    }

    /**
     * The scoring {@link KeywordQuery} documents, which fusion relies on: a group scores the sum
     * of its terms, a clause the best of its groups times its boost, the clauses summed.
     */
    @Test
    void should_score_a_keyword_query_as_its_clauses_say() {
        writeLibrary();
        awaitVisible(() -> store.stats().passages() == 6);
        // "monthly rent" as text_en indexes it (Porter: "monthli"); only the lease's first passage has both
        KeywordQuery.Terms monthly = new KeywordQuery.Terms("text_en", List.of("monthli"));
        KeywordQuery.Terms rent = new KeywordQuery.Terms("text_en", List.of("rent"));
        KeywordQuery.Terms both = new KeywordQuery.Terms("text_en", List.of("monthli", "rent"));
        float monthlyAlone = leaseScore(new KeywordQuery(List.of(KeywordQuery.Clause.of(monthly, 1f))));
        float rentAlone = leaseScore(new KeywordQuery(List.of(KeywordQuery.Clause.of(rent, 1f))));
        assertThat(monthlyAlone).isPositive();
        assertThat(rentAlone).isPositive();

        assertThat(leaseScore(new KeywordQuery(List.of(KeywordQuery.Clause.of(both, 1f)))))
                .as("a group: the sum of its terms")
                .isCloseTo(monthlyAlone + rentAlone, org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(leaseScore(new KeywordQuery(List.of(new KeywordQuery.Clause(List.of(monthly, rent), 0.5f, null)))))
                .as("a clause: the best of its groups, times its boost")
                .isCloseTo(
                        0.5f * Math.max(monthlyAlone, rentAlone), org.assertj.core.data.Percentage.withPercentage(0.1));
        assertThat(leaseScore(new KeywordQuery(
                        List.of(KeywordQuery.Clause.of(monthly, 1f), KeywordQuery.Clause.of(both, 0.5f)))))
                .as("the clauses summed")
                .isCloseTo(
                        monthlyAlone + 0.5f * (monthlyAlone + rentAlone),
                        org.assertj.core.data.Percentage.withPercentage(0.1));
    }

    /** The score of the lease's first passage, the only one with "monthly rent". */
    private float leaseScore(KeywordQuery query) {
        List<RankedPassage> hits = store.keywordSearch(query, PassageFilter.NONE, 10);
        return hits.stream()
                .filter(h -> h.passage().path().equals(LEASE) && h.passage().ordinal() == 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the lease's first passage not found by " + query))
                .score();
    }

    @Test
    void should_find_a_portuguese_passage_from_an_english_question_through_the_glossary() {
        writeLibrary();
        awaitVisible(() -> store.stats().passages() == 6);
        List<RankedPassage> hits = store.keywordSearch(KeywordQueries.of("dog"), PassageFilter.NONE, 3);
        assertThat(hits).extracting(h -> h.passage().path()).first().isEqualTo(NOTES);
    }

    @Test
    void should_replace_a_file_as_a_whole_while_another_thread_searches() throws Exception {
        store.replaceFile(record(LEASE, 3), lease(0));
        awaitVisible(() -> store.passagesOf(LEASE).size() == 3);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        List<String> mixed = new CopyOnWriteArrayList<>();
        float[] question = embedder.embed("lighthouse keeper rent");
        Thread searcher = new Thread(() -> {
            while (!done.get() || searches.get() < 20) {
                try (SearchSession s = store.openSession()) {
                    List<Candidate> found = new ArrayList<>(
                            s.keyword(KeywordQueries.of("lighthouse keeper rent version"), PassageFilter.NONE, 10));
                    found.addAll(s.vector(question, PassageFilter.NONE, 10));
                    Set<String> versions = found.stream()
                            .map(c -> s.load(c).text().replaceAll("(?s).*(version \\d+).*", "$1"))
                            .collect(Collectors.toSet());
                    if (versions.size() > 1) {
                        mixed.add(versions.toString());
                    }
                }
                List<StoredPassage> all = store.passagesOf(LEASE);
                Set<String> versions = all.stream()
                        .map(p -> p.text().replaceAll("(?s).*(version \\d+).*", "$1"))
                        .collect(Collectors.toSet());
                if (versions.size() > 1 || (!all.isEmpty() && all.size() != 3)) {
                    mixed.add("passagesOf " + all.size() + " " + versions);
                }
                searches.incrementAndGet();
            }
        });
        searcher.start();
        for (int version = 1; version <= 30; version++) {
            store.replaceFile(record(LEASE, 3), lease(version));
        }
        done.set(true);
        searcher.join(Duration.ofMinutes(5));
        assertThat(searcher.isAlive()).isFalse();
        assertThat(searches.get()).isGreaterThanOrEqualTo(20);
        assertThat(mixed).isEmpty();
        awaitVisible(() -> store.passagesOf(LEASE).getFirst().text().contains("version 30"));
        assertThat(store.passagesOf(LEASE)).hasSize(3).allMatch(p -> p.text().contains("version 30"));
    }

    /**
     * A group written in one call: each file replaced as a whole, as one call per file would,
     * the older versions' passages gone; a path given twice ends as its last replacement.
     */
    @Test
    void should_replace_several_files_in_one_call_each_as_a_whole() {
        writeLibrary();
        awaitVisible(() -> store.stats().passages() == 6);
        String added = FOLDER + "/added.txt";
        store.replaceFiles(List.of(
                new FileReplacement(record(LEASE, 2), lease(2).subList(0, 2)), // shorter than before
                new FileReplacement(record(added, 1), List.of(passage(added, 0, "The added note about the boat."))),
                new FileReplacement(record(MANUAL, 1), manual().subList(0, 1)),
                new FileReplacement(record(MANUAL, 2), manual())));
        store.commit();
        awaitVisible(
                () -> store.stats().passages() == 2 + 1 + 2 + 1 && store.files().size() == 4);

        assertThat(store.files()).containsOnlyKeys(LEASE, MANUAL, NOTES, added);
        assertThat(store.files().get(LEASE)).isEqualTo(record(LEASE, 2));
        assertThat(store.files().get(MANUAL)).isEqualTo(record(MANUAL, 2));
        assertThat(store.passagesOf(LEASE)).hasSize(2).allMatch(p -> p.text().contains("version 2"));
        assertThat(store.passagesOf(MANUAL)).extracting(StoredPassage::ordinal).containsExactly(0, 1);
        assertThat(store.keywordSearch(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10))
                .hasSize(2)
                .allMatch(h -> h.passage().text().contains("version 2"));
        assertThat(store.keywordSearch(KeywordQueries.of("boat"), PassageFilter.NONE, 3))
                .extracting(h -> h.passage().path())
                .containsExactly(added);
        store.replaceFiles(List.of()); // nothing to write: nothing changes
        assertThat(store.stats().passages()).isEqualTo(6);
    }

    @Test
    void should_do_nothing_when_removing_an_unknown_path() {
        writeLibrary();
        awaitVisible(() -> store.stats().passages() == 6);
        StoreStats before = store.stats();
        store.removeFile("/contract/never/indexed.txt");
        store.commit();
        assertThat(store.stats().files()).isEqualTo(before.files());
        assertThat(store.stats().passages()).isEqualTo(before.passages());
        assertThat(store.files()).containsOnlyKeys(LEASE, MANUAL, NOTES);
    }

    @Test
    void should_remove_a_file_with_its_record_and_passages() {
        writeLibrary();
        awaitVisible(() -> store.stats().passages() == 6);
        store.removeFile(MANUAL);
        awaitVisible(() -> !store.files().containsKey(MANUAL));
        assertThat(store.passagesOf(MANUAL)).isEmpty();
        assertThat(store.stats().passages()).isEqualTo(4);
    }

    @Test
    void should_return_neighbours_in_order() {
        List<StoredPassage> passages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            passages.add(passage(LEASE, i, "Clause " + i + " of the lease of the lighthouse keeper's cottage."));
        }
        store.replaceFile(record(LEASE, 8), passages.reversed()); // the store keeps ordinals, not the list order
        awaitVisible(() -> store.passagesOf(LEASE).size() == 8);
        assertThat(store.passageRange(LEASE, 2, 4))
                .extracting(StoredPassage::ordinal)
                .containsExactly(2, 3, 4);
        assertThat(store.passageRange(LEASE, 6, 20))
                .extracting(StoredPassage::ordinal)
                .containsExactly(6, 7);
        assertThat(store.passagesOf(LEASE)).extracting(StoredPassage::ordinal).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(store.passageRange("/contract/unknown.txt", 0, 5)).isEmpty();
        assertThat(store.passageRange(LEASE, 3, 3).getFirst().vector()).hasSize(384);
    }

    @Test
    void should_filter_by_folder_and_by_type() {
        writeLibrary();
        awaitVisible(() -> store.stats().passages() == 6);
        KeywordQuery words = KeywordQueries.of("kettle rent dog vinegar lighthouse cão");
        float[] vector = embedder.embed("kettle rent dog");

        PassageFilter docs = new PassageFilter(List.of(FOLDER), List.of());
        assertThat(paths(store.keywordSearch(words, docs, 10))).containsOnly(LEASE, MANUAL);
        assertThat(paths(store.vectorSearch(vector, docs, 10))).containsOnly(LEASE, MANUAL);

        PassageFilter manuals = new PassageFilter(List.of(FOLDER + "/manuals"), List.of());
        assertThat(paths(store.keywordSearch(words, manuals, 10))).containsOnly(MANUAL);

        PassageFilter pdfs = new PassageFilter(List.of(), List.of("pdf"));
        assertThat(paths(store.keywordSearch(words, pdfs, 10))).containsOnly(MANUAL);
        assertThat(paths(store.vectorSearch(vector, pdfs, 10))).containsOnly(MANUAL);

        PassageFilter both = new PassageFilter(List.of(FOLDER), List.of("md", "txt"));
        assertThat(paths(store.keywordSearch(words, both, 10))).containsOnly(LEASE);

        // A folder is a folder, not a prefix of a name: "/contract/doc" holds nothing.
        PassageFilter prefix = new PassageFilter(List.of("/contract/doc"), List.of());
        assertThat(store.keywordSearch(words, prefix, 10)).isEmpty();
    }

    @Test
    void should_show_one_version_of_each_file_for_the_whole_session() {
        store.replaceFile(record(LEASE, 3), lease(1));
        awaitVisible(() -> store.keywordSearch(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10)
                        .size()
                == 3);
        try (SearchSession session = store.openSession()) {
            List<Candidate> first = session.keyword(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10);
            assertThat(first).hasSize(3).allMatch(c -> session.load(c).text().contains("version 1"));

            store.replaceFile(record(LEASE, 3), lease(2));
            awaitVisible(() -> {
                List<RankedPassage> now =
                        store.keywordSearch(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10);
                return now.size() == 3
                        && now.stream().allMatch(h -> h.passage().text().contains("version 2"));
            });

            // Later searches of the same session never bring the new version in beside the old.
            List<Candidate> later =
                    new ArrayList<>(session.keyword(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10));
            later.addAll(session.vector(embedder.embed("lighthouse"), PassageFilter.NONE, 10));
            assertThat(later).allMatch(c -> session.load(c).text().contains("version 1"));
            assertThat(later).allMatch(c -> session.language(c.id()) == Language.ENGLISH);
            if (sessionsArePointInTime()) {
                assertThat(later).hasSize(6);
            }
        }
        try (SearchSession after = store.openSession()) {
            assertThat(after.keyword(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10))
                    .hasSize(3)
                    .allMatch(c -> after.load(c).text().contains("version 2"));
        }
    }

    @Test
    void should_show_a_file_as_it_was_at_open_or_at_first_sight() {
        store.replaceFile(record(LEASE, 3), lease(1));
        awaitVisible(() -> store.keywordSearch(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10)
                        .size()
                == 3);
        try (SearchSession before = store.openSession()) {
            store.replaceFile(record(LEASE, 3), lease(2));
            awaitVisible(() -> store.passagesOf(LEASE).getFirst().text().contains("version 2"));

            List<Candidate> found =
                    new ArrayList<>(before.keyword(KeywordQueries.of("lighthouse keeper"), PassageFilter.NONE, 10));
            found.addAll(before.vector(embedder.embed("lighthouse"), PassageFilter.NONE, 10));
            if (sessionsArePointInTime()) { // as it was at open
                assertThat(found).hasSize(6).allMatch(c -> before.load(c).text().contains("version 1"));
            } else { // pinned when first seen, after the replace: the new version or nothing yet
                assertThat(found).allMatch(c -> before.load(c).text().contains("version 2"));
            }
        }
    }

    @Test
    void should_keep_committed_writes_across_a_reopen() throws Exception {
        writeLibrary(); // commits
        store.close();
        store = reopen();
        awaitVisible(() -> store.stats().passages() == 6);
        assertThat(store.files()).containsOnlyKeys(LEASE, MANUAL, NOTES);
        assertThat(store.files().get(MANUAL)).isEqualTo(record(MANUAL, 2));
        assertThat(store.passagesOf(LEASE)).hasSize(3).allMatch(p -> p.text().contains("version 1"));
        assertThat(store.keywordSearch(KeywordQueries.of("monthly rent"), PassageFilter.NONE, 3)
                        .getFirst()
                        .passage()
                        .path())
                .isEqualTo(LEASE);
    }

    /** Vectors of two models are not comparable: a store written with one refuses the other. */
    @Test
    void should_refuse_a_store_written_with_another_embedder() throws Exception {
        writeLibrary(); // commits
        store.close();
        assertThatThrownBy(() -> reopenWithEmbedder("another-model", 768).close())
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("built by another version of Farol")
                .hasMessageContaining("embedder " + embedder.name())
                .hasMessageContaining("farol index --rebuild");
        store = reopen(); // the store's own embedder still opens it, nothing changed
        awaitVisible(() -> store.stats().passages() == 6);
        assertThat(store.files()).containsOnlyKeys(LEASE, MANUAL, NOTES);
    }

    @Test
    void should_count_files_and_passages_and_keep_records_as_written() {
        writeLibrary();
        FileRecord skipped = new FileRecord(
                "/contract/docs/secret.pdf",
                99,
                1_700_000_000_000L,
                "ab12",
                FileStatus.SKIPPED,
                Reason.of(Cause.PASSWORD),
                0,
                "",
                "pdf");
        store.replaceFile(skipped, List.of());
        store.commit();
        awaitVisible(() -> store.stats().files() == 4);

        assertThat(store.stats().files()).isEqualTo(4);
        assertThat(store.stats().passages()).isEqualTo(6);
        assertThat(store.stats().bytes()).as("bytes on disk after a commit").isPositive();
        Map<String, FileRecord> files = store.files();
        assertThat(files.get(skipped.path())).isEqualTo(skipped);
        assertThat(files.get(MANUAL)).isEqualTo(record(MANUAL, 2));
        StoredPassage stored = store.passagesOf(MANUAL).getFirst();
        StoredPassage written = manual().getFirst();
        assertThat(stored).usingRecursiveComparison().ignoringFields("vector").isEqualTo(written);
        assertThat(stored.vector()).containsExactly(written.vector());
    }

    @Test
    void should_highlight_the_question_words_in_a_passage() {
        StoredPassage p = lease(1).getFirst();
        String snippet = store.highlight("What is the monthly rent?", Language.ENGLISH, p, 200);
        assertThat(snippet).contains("<b>rent</b>").doesNotContain("<b>the</b>");
        // analysed as the text field is: a plural marks the singular, a stop word nothing
        assertThat(store.highlight("How much are the monthly rents?", Language.ENGLISH, p, 200))
                .contains("<b>rent</b>")
                .contains("<b>monthly</b>")
                .doesNotContain("<b>the</b>");
        assertThat(store.highlight("kettle descaling", Language.OTHER, p, 30))
                .startsWith("Lease version 1")
                .doesNotContain("<b>");
    }

    /** Three files: a lease (.txt), a kettle manual (.pdf, one folder down), Portuguese notes elsewhere. */
    private void writeLibrary() {
        store.replaceFile(record(LEASE, 3), lease(1));
        store.replaceFile(record(MANUAL, 2), manual());
        store.replaceFile(
                record(NOTES, 1),
                List.of(new StoredPassage(
                        NOTES,
                        "Notas",
                        "md",
                        Language.PORTUGUESE,
                        0,
                        "No condomínio é permitido ter um cão de pequeno porte na varanda.",
                        0,
                        List.of(),
                        0,
                        60,
                        embedder.embed("No condomínio é permitido ter um cão de pequeno porte na varanda."))));
        store.commit();
    }

    private List<StoredPassage> lease(int version) {
        return List.of(
                passage(
                        LEASE,
                        0,
                        "Lease version " + version + ": the lighthouse keeper pays a monthly rent of 400 euros."),
                passage(
                        LEASE,
                        1,
                        "Lease version " + version + ": the lighthouse keeper keeps the lamp lit every night."),
                passage(
                        LEASE,
                        2,
                        "Lease version " + version + ": the lighthouse keeper may leave with a month's notice."));
    }

    private List<StoredPassage> manual() {
        return List.of(
                passage(MANUAL, 0, "To descale the kettle, fill it with water and white vinegar and let it stand."),
                passage(MANUAL, 1, "The kettle switches itself off when the water boils or the jug is empty."));
    }

    private StoredPassage passage(String path, int ordinal, String text) {
        String type = path.substring(path.lastIndexOf('.') + 1);
        return new StoredPassage(
                path,
                "Title of " + type,
                type,
                Language.ENGLISH,
                ordinal,
                text,
                path.endsWith(".pdf") ? 1 : 0,
                List.of("Section"),
                ordinal * 100,
                ordinal * 100 + text.length(),
                embedder.embed(text));
    }

    private static FileRecord record(String path, int chunks) {
        String type = path.substring(path.lastIndexOf('.') + 1);
        return new FileRecord(
                path,
                1234,
                1_700_000_000_000L,
                "cafe" + chunks,
                FileStatus.INDEXED,
                Reason.NONE,
                chunks,
                "Title of " + type,
                type);
    }

    private static Set<String> paths(List<RankedPassage> hits) {
        return hits.stream().map(h -> h.passage().path()).collect(Collectors.toSet());
    }

    /** Waits until the condition holds, for at most {@link #visibilityDelay()} (strict: at once). */
    protected void awaitVisible(Supplier<Boolean> condition) {
        long end = System.nanoTime() + visibilityDelay().toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                assertThat(condition.get())
                        .as("a write became visible within " + visibilityDelay())
                        .isTrue();
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
