package app.farol.bench;

import app.farol.cli.Json;
import app.farol.core.eval.BeirCollection;
import app.farol.core.index.Indexer;
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
    public static List<Indexer.DocumentInput> documents(Path corpus, String idPrefix) {
        return BeirCollection.readDocuments(corpus, idPrefix);
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
