package app.farol.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.core.answer.extractive.RelevanceGate;
import app.farol.core.answer.extractive.Vectors;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.text.Language;
import app.farol.core.text.LanguageDetector;
import app.farol.core.text.WordCoverage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures where the "not found" threshold of {@link RelevanceGate} should sit, on the shared
 * benchmark collections (../shared/bench/retrieval): the cosine of a question with its relevant
 * passage ("found"), with the best other passage of its own collection (a near-topic index that
 * lacks the answer), and with the best passage of an unrelated collection (an off-topic index).
 * Prints the figures; asserts only that the chosen threshold keeps most answerable questions.
 */
@Tag("slow")
class RelevanceThresholdMeasurementTest {
    private static final Path BENCH = Path.of("../shared/bench/retrieval");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Collection(Map<String, String> docs, Map<String, String> queries, Map<String, Set<String>> relevant) {}

    @Test
    void should_keep_most_answerable_questions_above_the_threshold() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BENCH), "benchmark collections not present");
        MiniLmEmbedder e = new MiniLmEmbedder();
        Collection pt = load("pira_pt", 309, 150);
        Collection en = load("scifact", 600, 150);
        Map<String, float[]> ptDocs = embed(e, pt.docs());
        Map<String, float[]> enDocs = embed(e, en.docs());
        for (var run : List.of(Map.entry("pira_pt", List.of(pt, en)), Map.entry("scifact", List.of(en, pt)))) {
            Collection own = run.getValue().get(0);
            Collection other = run.getValue().get(1);
            Map<String, float[]> ownDocs = own == pt ? ptDocs : enDocs;
            Map<String, float[]> otherDocs = own == pt ? enDocs : ptDocs;
            List<Double> found = new ArrayList<>();
            List<Double> nearMiss = new ArrayList<>();
            List<Double> offTopic = new ArrayList<>();
            List<Double> overlapOff = new ArrayList<>();
            List<Double> overlapFound = new ArrayList<>();
            List<Double> overlapNear = new ArrayList<>();
            int keptByRule = 0;
            int nearKeptByRule = 0;
            int offKeptByRule = 0;
            List<double[]> pairs = new ArrayList<>(); // cosine and overlap: found, near, off; question words
            for (var q : own.queries().entrySet()) {
                Set<String> rel = own.relevant().getOrDefault(q.getKey(), Set.of());
                if (rel.stream().noneMatch(ownDocs::containsKey)) {
                    continue;
                }
                float[] qv = e.embed(q.getValue());
                double best = -1;
                double bestOther = -1;
                String bestId = null;
                String bestOtherId = null;
                for (var d : ownDocs.entrySet()) {
                    double c = Vectors.cosine(qv, d.getValue());
                    if (rel.contains(d.getKey()) && c > best) {
                        best = c;
                        bestId = d.getKey();
                    } else if (!rel.contains(d.getKey()) && c > bestOther) {
                        bestOther = c;
                        bestOtherId = d.getKey();
                    }
                }
                // The gate's one measure of shared words (WordCoverage), every passage read in the
                // question's language as the in-language rule reads it.
                Language language = LanguageDetector.detectShort(q.getValue());
                WordCoverage qw = WordCoverage.of(q.getValue(), language);
                double ovFound = qw.in(own.docs().get(bestId), language);
                double ovNear = qw.in(own.docs().get(bestOtherId), language);
                overlapFound.add(ovFound);
                overlapNear.add(ovNear);
                keptByRule += RelevanceGate.isRelevant(best, ovFound, qw.size()) ? 1 : 0;
                nearKeptByRule += RelevanceGate.isRelevant(bestOther, ovNear, qw.size()) ? 1 : 0;
                found.add(best);
                nearMiss.add(bestOther);
                double off = -1;
                String offId = null;
                for (var d : otherDocs.entrySet()) {
                    double c = Vectors.cosine(qv, d.getValue());
                    if (c > off) {
                        off = c;
                        offId = d.getKey();
                    }
                }
                offTopic.add(off);
                double ovOff = qw.in(other.docs().get(offId), language);
                overlapOff.add(ovOff);
                offKeptByRule += RelevanceGate.isRelevant(off, ovOff, qw.size()) ? 1 : 0;
                pairs.add(new double[] {best, ovFound, bestOther, ovNear, off, ovOff, qw.size()});
            }
            System.out.printf(Locale.ROOT, "%s: %d questions%n", run.getKey(), found.size());
            System.out.printf(Locale.ROOT, "  cosine quantiles   p10   p25   p50   p75   p90%n");
            System.out.printf(Locale.ROOT, "  found          %s%n", quantiles(found));
            System.out.printf(Locale.ROOT, "  near-topic miss%s%n", quantiles(nearMiss));
            System.out.printf(Locale.ROOT, "  off-topic      %s%n", quantiles(offTopic));
            System.out.printf(Locale.ROOT, "  word overlap: found %s%n", quantiles(overlapFound));
            System.out.printf(Locale.ROOT, "  word overlap: near  %s%n", quantiles(overlapNear));
            System.out.printf(Locale.ROOT, "  word overlap: off   %s%n", quantiles(overlapOff));
            System.out.printf(
                    Locale.ROOT,
                    "  gate rule: found kept %.2f, near-topic kept %.2f, off-topic kept %.2f%n",
                    keptByRule / (double) found.size(),
                    nearKeptByRule / (double) found.size(),
                    offKeptByRule / (double) found.size());
            for (double t : new double[] {0.20, 0.25, 0.30, 0.35, 0.40}) {
                System.out.printf(
                        Locale.ROOT,
                        "  threshold %.2f: found kept %.2f, off-topic rejected %.2f, near-topic rejected %.2f%n",
                        t,
                        share(found, t, true),
                        share(offTopic, t, false),
                        share(nearMiss, t, false));
            }
            for (double m : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.4}) {
                System.out.printf(
                        Locale.ROOT,
                        "  min overlap %.2f: found kept %.2f, near-topic kept %.2f, off-topic kept %.2f%n",
                        m,
                        keptWith(pairs, 0, m),
                        keptWith(pairs, 2, m),
                        keptWith(pairs, 4, m));
            }
            assertThat(keptByRule / (double) found.size()).isGreaterThan(0.8);
            assertThat(offKeptByRule / (double) found.size()).isLessThan(0.1);

            // Across languages the gate reads words through the glossary: the harshest off-topic
            // case is the passage of the other collection that holds most of the question's words.
            Language otherLanguage = own == pt ? Language.ENGLISH : Language.PORTUGUESE;
            List<WordCoverage.Text> passages = other.docs().values().stream()
                    .map(doc ->
                            WordCoverage.read(doc.substring(0, Math.min(doc.length(), PASSAGE_CHARS)), otherLanguage))
                    .toList();
            List<Double> bestCoverage = new ArrayList<>();
            int crossKept = 0;
            for (String question : own.queries().values()) {
                WordCoverage coverage = WordCoverage.of(question, LanguageDetector.detectShort(question));
                double best = 0;
                boolean kept = false;
                for (WordCoverage.Text passage : passages) {
                    double c = coverage.in(passage);
                    best = Math.max(best, c);
                    kept |= RelevanceGate.isRelevantAcrossLanguages(c, coverage.size());
                }
                bestCoverage.add(best);
                crossKept += kept ? 1 : 0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "  across languages, best glossary word coverage among %d passages: %s; off-topic kept by the rule %.2f%n",
                    other.docs().size(),
                    quantiles(bestCoverage),
                    crossKept / (double) own.queries().size());
            assertThat(crossKept / (double) own.queries().size()).isLessThan(0.1);
        }
    }

    /** Share of the pairs the gate's rule keeps with {@code minOverlap} in place of its own, cosine and overlap at {@code at}. */
    private static double keptWith(List<double[]> pairs, int at, double minOverlap) {
        long kept = pairs.stream()
                .filter(p -> p[at] >= RelevanceGate.MIN_COSINE
                        && (p[at] >= RelevanceGate.CONFIDENT_COSINE || (p[6] > 0 && p[at + 1] >= minOverlap)))
                .count();
        return kept / (double) pairs.size();
    }

    /** About the length of one of Farol's passages. */
    private static final int PASSAGE_CHARS = 600;

    private static double share(List<Double> xs, double t, boolean above) {
        return xs.stream().filter(x -> above == (x >= t)).count() / (double) xs.size();
    }

    private static String quantiles(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        StringBuilder b = new StringBuilder();
        for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            b.append(String.format(Locale.ROOT, " %.2f", s[(int) Math.min(s.length - 1, q * s.length)]));
        }
        return b.toString();
    }

    private static Map<String, float[]> embed(MiniLmEmbedder e, Map<String, String> docs) {
        List<String> ids = new ArrayList<>(docs.keySet());
        List<float[]> vs = e.embedAll(ids.stream().map(docs::get).toList());
        Map<String, float[]> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), vs.get(i));
        }
        return out;
    }

    private static Collection load(String name, int maxDocs, int maxQueries) throws IOException {
        Path dir = BENCH.resolve(name);
        Map<String, Set<String>> rel = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("qrels.tsv"))
                .subList(1, Files.readAllLines(dir.resolve("qrels.tsv")).size())) {
            String[] f = line.split("\t");
            if (Integer.parseInt(f[2].strip()) > 0) {
                rel.computeIfAbsent(f[0], k -> new java.util.HashSet<>()).add(f[1]);
            }
        }
        Map<String, String> queries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("queries.jsonl"))) {
            JsonNode n = JSON.readTree(line);
            if (rel.containsKey(n.get("_id").asText()) && queries.size() < maxQueries) {
                queries.put(n.get("_id").asText(), n.get("text").asText());
            }
        }
        Set<String> wanted = new java.util.HashSet<>();
        queries.keySet().forEach(q -> wanted.addAll(rel.get(q)));
        List<String> lines = Files.readAllLines(dir.resolve("corpus.jsonl"));
        java.util.Collections.shuffle(lines, new Random(1));
        Map<String, String> docs = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            String id = n.get("_id").asText();
            if (wanted.contains(id) || docs.size() < maxDocs) {
                String text = (n.path("title").asText("") + " " + n.get("text").asText()).strip();
                docs.put(
                        id,
                        String.join(
                                " ",
                                Arrays.stream(text.split("\\s+")).limit(100).toList()));
            }
        }
        return new Collection(docs, queries, rel);
    }
}
