package app.farol.cli;

import app.farol.core.answer.extractive.SearchFloor;
import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import app.farol.core.util.DisplayNames;
import app.farol.workspace.StoreLocation;
import app.farol.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code farol search [--index DIR] [--k N] [--json] QUERY}: the hits that pass the relevance
 * floor ({@link SearchFloor}), their count first; "Nothing found" when none does.
 */
@Command(name = "search", description = "Search the index: keyword and meaning together.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(
            names = "--k",
            paramLabel = "N",
            description = "How many passages (default ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int k;

    @Option(names = "--json", description = "Print {\"hits\":[...]} as JSON.")
    boolean json;

    @Option(names = "--folder", paramLabel = "DIR", description = "Only files below this folder (repeatable).")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--type", paramLabel = "EXT", description = "Only files of this type, e.g. pdf (repeatable).")
    List<String> types = new ArrayList<>();

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "hybrid",
            description = "hybrid (default), bm25 or vector: the last two for comparison.")
    String mode;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> words;

    @Override
    public Integer call() {
        Arguments.between("--k", k, 1, 1000);
        StoreLocation location = index.location();
        String query = String.join(" ", words);
        List<SearchHit> hits;
        try (Workspace ws = Workspace.forReading(location)) {
            hits = new SearchFloor(ws.retriever(SearchModes.parse(mode)), ws.embedder())
                    .search(new SearchRequest(
                            query,
                            k,
                            folders,
                            types.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()));
        }
        if (json) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (SearchHit h : hits) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", h.path().toString());
                if (!h.part().isEmpty()) {
                    m.put("part", h.part());
                }
                m.put("page", h.page());
                m.put("heading", h.heading());
                m.put("score", h.score());
                m.put("text", h.text());
                m.put("snippet", h.snippet());
                m.put("start", h.startOffset());
                m.put("end", h.endOffset());
                out.add(m);
            }
            System.out.println(Json.write(Map.of("hits", out)));
            return 0;
        }
        if (hits.isEmpty()) {
            System.out.println("Nothing found for: " + query);
            return 0;
        }
        System.out.println(hits.size() == 1 ? "1 result" : hits.size() + " results");
        System.out.println();
        int n = 1;
        for (SearchHit h : hits) {
            String where = (h.page() > 0 ? "p. " + h.page() : h.heading())
                    + (h.scanned() ? " (" + app.farol.core.answer.Passage.FROM_A_SCAN + ")" : "");
            System.out.printf(
                    Locale.ROOT,
                    "%d. %s%s%n   %s%n%n",
                    n++,
                    DisplayNames.safe(h.path()) + (h.part().isEmpty() ? "" : DisplayNames.safe(" › " + h.part())),
                    where.isEmpty() ? "" : " (" + where + ")",
                    Terminal.boldMatches(h.snippet()));
        }
        return 0;
    }
}
