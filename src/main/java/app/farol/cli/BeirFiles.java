package app.farol.cli;

import app.farol.core.index.Indexer;
import app.farol.core.ingest.LanguageDetector;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.TextBlock;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads collections in the BEIR layout (corpus.jsonl, queries.jsonl) into Farol's types. */
public final class BeirFiles {
    private BeirFiles() {}

    /** Each corpus line as a one-paragraph document; its id prefixed, its language detected. */
    public static List<Indexer.DocumentInput> documents(Path corpus, String idPrefix) throws IOException {
        List<Indexer.DocumentInput> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.mapper().readTree(line);
                String title = n.path("title").asText("");
                String text = n.path("text").asText("");
                String language = LanguageDetector.detect(title + "\n" + text);
                List<TextBlock> blocks = new ArrayList<>();
                for (String paragraph : text.split("\\n\\s*\\n")) {
                    if (!paragraph.isBlank()) {
                        blocks.add(new TextBlock(paragraph.strip(), 0, List.of(), false));
                    }
                }
                if (blocks.isEmpty()) {
                    blocks.add(new TextBlock(title.isBlank() ? "(empty)" : title, 0, List.of(), false));
                }
                docs.add(new Indexer.DocumentInput(idPrefix + n.path("_id").asText(),
                        new ParsedDocument(title, "text/plain", language, blocks, "")));
            }
        }
        return docs;
    }

    /** The text of each query, in file order. */
    public static List<String> queries(Path queries) throws IOException {
        List<String> result = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(queries)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    result.add(Json.mapper().readTree(line).path("text").asText());
                }
            }
        }
        return result;
    }
}
