package app.farol.core.eval;

import app.farol.core.index.Indexer;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.TextBlock;
import app.farol.core.text.Language;
import app.farol.core.text.LanguageDetector;
import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test collection in the BEIR layout: {@code corpus.jsonl} ({"_id","title","text"}),
 * {@code queries.jsonl} ({"_id","text"}) and {@code qrels.tsv} (header, then query id, document
 * id and grade, tab-separated). Immutable once read.
 *
 * @param name the folder's name
 * @param corpus the corpus file, read lazily by {@link #documents()}
 * @param queries query id to text, in file order
 * @param judgments query id to (document id to grade)
 */
public record BeirCollection(
        String name, Path corpus, Map<String, String> queries, Map<String, Map<String, Integer>> judgments) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads the queries and judgments of the collection in {@code folder}.
     *
     * @throws FarolException if a file is missing or unreadable
     */
    public static BeirCollection read(Path folder) {
        Path corpus = folder.resolve("corpus.jsonl");
        for (String file : List.of("corpus.jsonl", "queries.jsonl", "qrels.tsv")) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new FarolException(folder + " is not a BEIR collection: " + file + " is missing");
            }
        }
        try {
            Map<String, String> queries = new LinkedHashMap<>();
            forEachJson(
                    folder.resolve("queries.jsonl"),
                    n -> queries.put(n.path("_id").asText(), n.path("text").asText("")));
            Map<String, Map<String, Integer>> judgments = new HashMap<>();
            List<String> lines = Files.readAllLines(folder.resolve("qrels.tsv"));
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] c = line.strip().split("\t");
                if (c.length >= 3) {
                    judgments.computeIfAbsent(c[0], q -> new HashMap<>()).put(c[1], Integer.parseInt(c[2].strip()));
                }
            }
            return new BeirCollection(
                    folder.toAbsolutePath().normalize().getFileName().toString(), corpus, queries, judgments);
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            throw new FarolException("cannot read the collection in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The ids of the queries that have at least one relevant (grade above 0) document, in file order. */
    public List<String> judgedQueries() {
        return queries.keySet().stream()
                .filter(q ->
                        judgments.getOrDefault(q, Map.of()).values().stream().anyMatch(g -> g > 0))
                .toList();
    }

    /** Each corpus line as a document of paragraphs, its id prefixed, its language detected. */
    public List<Indexer.DocumentInput> documents(String idPrefix) {
        return readDocuments(corpus, idPrefix);
    }

    /** As {@link #documents(String)}, for a corpus file on its own. */
    public static List<Indexer.DocumentInput> readDocuments(Path corpus, String idPrefix) {
        List<Indexer.DocumentInput> docs = new ArrayList<>();
        try {
            forEachJson(
                    corpus,
                    n -> docs.add(
                            new Indexer.DocumentInput(idPrefix + n.path("_id").asText(), parse(n))));
        } catch (IOException | UncheckedIOException e) {
            throw new FarolException("cannot read " + corpus + ": " + e.getMessage(), e);
        }
        return docs;
    }

    private static ParsedDocument parse(JsonNode n) {
        String title = n.path("title").asText("");
        String text = n.path("text").asText("");
        Language language = LanguageDetector.detect(title + "\n" + text);
        List<TextBlock> blocks = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                blocks.add(new TextBlock(paragraph.strip(), 0, List.of(), false));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new TextBlock(title.isBlank() ? "(empty)" : title, 0, List.of(), false));
        }
        return new ParsedDocument(title, "text/plain", language, blocks);
    }

    private interface LineHandler {
        void accept(JsonNode node) throws IOException;
    }

    private static void forEachJson(Path file, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    handler.accept(JSON.readTree(line));
                }
            }
        }
    }
}
