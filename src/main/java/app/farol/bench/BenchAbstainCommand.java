package app.farol.bench;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.RankedHit;
import app.farol.core.answer.extractive.Names;
import app.farol.core.answer.extractive.RelevanceGate;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.index.IndexListener;
import app.farol.core.index.IndexReport;
import app.farol.core.index.Indexer;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.isolated.IsolatedDocumentParser;
import app.farol.core.ingest.isolated.WorkerSettings;
import app.farol.core.retrieval.AnswerType;
import app.farol.core.retrieval.HybridRetriever;
import app.farol.core.retrieval.Question;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.store.lucene.LucenePassageStore;
import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import app.farol.core.text.WordCoverage;
import app.farol.core.util.CancelToken;
import app.farol.workspace.FarolPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code farol bench abstain}: on a large mixed library (sample-docs plus ../shared/corpus by
 * default), how many off-topic questions (app/farol/bench/off-topic-questions.tsv, things no
 * document states) are answered "not found", and the strict count of sample-docs/questions.tsv
 * on the same library. The index is kept in target/bench-abstain/index of the install, so a rerun
 * only reads new and changed files.
 */
@Command(
        name = "abstain",
        description =
                "Off-topic questions answered 'not found' on a mixed library, and the sample questions' strict count there.")
final class BenchAbstainCommand implements Callable<Integer> {
    static final String OFF_TOPIC = "/app/farol/bench/off-topic-questions.tsv";

    @Option(
            names = "--library",
            paramLabel = "DIR",
            arity = "1..*",
            description = "Folders indexed together (default: sample-docs and ../shared/corpus).")
    List<Path> library = new ArrayList<>();

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Where the mixed index is kept (default: target/bench-abstain/index).")
    Path indexDir;

    @Option(
            names = "--signals",
            paramLabel = "FILE",
            description =
                    "Write the relevance gate's signals for every hit of every question to FILE (TSV), to choose thresholds.")
    Path signals;

    @Option(
            names = "--verbose",
            description = "Print each off-topic question answered and each sample question missed.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        List<Path> folders = library.isEmpty()
                ? defaultLibrary()
                : library.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Path dir = indexDir != null
                ? indexDir
                : FarolPaths.home().resolve("target").resolve("bench-abstain").resolve("index");
        List<String[]> offTopic = offTopicQuestions();
        List<String[]> samples = QuestionSet.of(FarolPaths.sampleDocs());
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        Files.createDirectories(dir);
        try (LucenePassageStore store = LucenePassageStore.openForWriting(dir, embedder.name());
                // Through the parse workers, as the app reads: a file that needs too much memory
                // (testOneNote-fuzz2.one) fails alone instead of stopping the run.
                IsolatedDocumentParser parser = new IsolatedDocumentParser(
                        ParseLimits.fromSystemProperties(), WorkerSettings.fromSystemProperties())) {
            IndexReport report =
                    new Indexer(store, parser, embedder).index(folders, IndexListener.NONE, CancelToken.none());
            System.out.printf(
                    Locale.ROOT,
                    "library                       %s: %d files indexed now, %d unchanged, %d chunks written now%n",
                    folders,
                    report.indexed(),
                    report.unchanged(),
                    report.chunks());
            AnswerService service =
                    new AnswerService(new HybridRetriever(store, embedder), embedder, null, AnswerSettings.defaults());
            int[] abstained = new int[2]; // tune, held-out
            int[] asked = new int[2];
            List<String> answered = new ArrayList<>();
            for (String[] r : offTopic) {
                Answer a = service.ask(List.of(), r[0], AnswerListener.NONE, CancelToken.none());
                int half = "heldout".equals(r[3]) ? 1 : 0;
                asked[half]++;
                if (!a.grounded()) {
                    abstained[half]++;
                } else {
                    answered.add(r[0] + " -> "
                            + a.text()
                                    .substring(0, Math.min(160, a.text().length()))
                                    .replace('\n', ' '));
                }
            }
            if (signals != null) {
                writeSignals(new HybridRetriever(store, embedder), embedder, offTopic, samples);
            }
            int strict = 0;
            List<String> missed = new ArrayList<>();
            for (String[] r : samples) {
                Answer a = service.ask(List.of(), r[0], AnswerListener.NONE, CancelToken.none());
                if (BenchExtractiveCommand.firstUnitStates(a, r[1], r[3])) {
                    strict++;
                } else {
                    missed.add(
                            r[0] + " -> expected '" + r[3] + "' from " + r[1] + (a.grounded() ? "" : " (not found)"));
                }
            }
            int total = abstained[0] + abstained[1];
            System.out.printf(
                    Locale.ROOT,
                    "off-topic answered not found  %d of %d (%.1f %%): tune %d of %d, held-out %d of %d%n",
                    total,
                    offTopic.size(),
                    100.0 * total / offTopic.size(),
                    abstained[0],
                    asked[0],
                    abstained[1],
                    asked[1]);
            System.out.printf(
                    Locale.ROOT,
                    "sample questions strict       %d of %d (compare: farol bench extractive, small library)%n",
                    strict,
                    samples.size());
            if (verbose) {
                answered.forEach(s -> System.out.println("  answered: " + s));
                missed.forEach(s -> System.out.println("  missed: " + s));
            }
        }
        return 0;
    }

    /** One row per hit: set, question, file, expected file?, cosine, overlap, names found, other words found, kind found, across. */
    private void writeSignals(
            HybridRetriever retriever, MiniLmEmbedder embedder, List<String[]> offTopic, List<String[]> samples)
            throws IOException {
        List<String> out = new ArrayList<>(List.of(
                "set\thalf\tquestion\tfile\texpected\tcosine\toverlap\tnamed\tother\ttyped\tacross\tcoverage\tgate"));
        RelevanceGate gate = new RelevanceGate(embedder);
        for (int set = 0; set < 2; set++) {
            for (String[] r : set == 0 ? offTopic : samples) {
                String q = r[0];
                Question read = Question.of(q);
                List<SearchHit> hits = retriever.search(
                        SearchRequest.of(read, AnswerSettings.defaults().hitsToRetrieve()));
                RelevanceGate.Verdict v = gate.assess(read, hits);
                Set<String> names = Names.of(q);
                AnswerType type = read.answerType();
                Language language = read.language();
                WordCoverage coverage = read.words();
                for (RankedHit h : v.hits()) {
                    SearchHit hit = h.hit();
                    List<String> held = coverage.held(hit.text(), hit.language());
                    double overlap = coverage.size() == 0 ? 0 : (double) held.size() / coverage.size();
                    // The question's words beyond its names, and how many of them the hit holds.
                    long others = coverage.words().stream()
                            .filter(w -> !names.containsAll(Terms.withStopWords(w)))
                            .count();
                    long othersHeld = held.stream()
                            .filter(w -> !names.containsAll(Terms.withStopWords(w)))
                            .count();
                    boolean across = RelevanceGate.acrossLanguages(language, hit.language());
                    double cov = across ? overlap : 0;
                    boolean passes = across
                            ? RelevanceGate.isRelevantAcrossLanguages(cov, coverage.size())
                            : RelevanceGate.isRelevant(h.relevance(), overlap, coverage.size());
                    out.add(String.join(
                            "\t",
                            set == 0 ? "offtopic" : "sample",
                            set == 0 ? r[3] : "",
                            q,
                            hit.fileName(),
                            set == 1 && hit.fileName().equals(r[1]) ? "1" : "0",
                            String.format(Locale.ROOT, "%.3f", h.relevance()),
                            String.format(Locale.ROOT, "%.3f", overlap),
                            String.format(Locale.ROOT, "%.3f", Names.namedIn(names, hit)),
                            others == 0 ? "1" : String.format(Locale.ROOT, "%.3f", (double) othersHeld / others),
                            type == AnswerType.ANY ? "any" : type.foundIn(hit.text()) ? "1" : "0",
                            across ? "1" : "0",
                            String.format(Locale.ROOT, "%.3f", cov),
                            passes ? "1" : "0"));
                }
            }
        }
        Files.write(signals, out);
    }

    private static List<Path> defaultLibrary() {
        List<Path> folders =
                new ArrayList<>(List.of(FarolPaths.sampleDocs().toAbsolutePath().normalize()));
        Path corpus = FarolPaths.home()
                .resolve("..")
                .resolve("shared")
                .resolve("corpus")
                .toAbsolutePath()
                .normalize();
        if (Files.isDirectory(corpus)) {
            folders.add(corpus);
        }
        return folders;
    }

    /** Rows of question, language, topic word, half (tune or heldout). */
    static List<String[]> offTopicQuestions() throws IOException {
        try (InputStream in = BenchAbstainCommand.class.getResourceAsStream(OFF_TOPIC)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .toList();
        }
    }
}
