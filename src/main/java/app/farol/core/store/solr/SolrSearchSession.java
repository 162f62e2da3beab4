package app.farol.core.store.solr;

import app.farol.core.store.Candidate;
import app.farol.core.store.KeywordQuery;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.SearchSession;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The searches of one query against Solr. Each search is one request that returns the hits'
 * stored fields too, so loading a candidate costs no further round trip.
 *
 * <p>Not a point-in-time snapshot (Solr has none across shards): the session pins each file at
 * the version it first sees current (read from the file record with real-time get) and drops
 * every hit of any other version for the rest of the session. So one query never fuses
 * passages of two versions of a file; a file replaced after it was pinned yields fewer hits, or
 * none, rather than newer ones. Not thread-safe.
 */
final class SolrSearchSession implements SearchSession {
    /** Searches ask for this many more hits than wanted, to make up for dropped stale ones. */
    private static final int STALE_MARGIN = 10;

    private static final String FIELDS =
            "id,score,kind,path,type,file_version,ordinal,text,title,lang,page,headings,start,end,part,scanned";

    private final SolrPassageStore store;
    private final Map<String, JsonNode> hits = new HashMap<>();
    /** Path to the version this session shows of it, pinned the first time a hit names the file. */
    private final Map<String, String> pinned = new HashMap<>();

    SolrSearchSession(SolrPassageStore store) {
        this.store = store;
    }

    @Override
    public List<Candidate> keyword(KeywordQuery query, PassageFilter filter, int n) {
        Map<String, List<String>> params = new HashMap<>(SolrKeywordQuery.params(query, this::unused));
        if (params.isEmpty()) {
            return List.of();
        }
        return search(params, filter, n);
    }

    /** Whether no passage has the term: one count request. */
    private boolean unused(KeywordQuery.Term term) {
        Map<String, List<String>> params = new HashMap<>();
        params.put("q", List.of("{!term f=" + term.field() + " v=$t}"));
        params.put("t", List.of(term.text()));
        params.put("rows", List.of("0"));
        return store.http()
                        .get(store.http().inCollection("select"), params)
                        .path("response")
                        .path("numFound")
                        .asLong()
                == 0;
    }

    @Override
    public List<Candidate> vector(float[] vector, PassageFilter filter, int n) {
        StringBuilder v = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            v.append(i == 0 ? "" : ",").append(vector[i]);
        }
        // As the embedded store: a deeper beam than n, for recall
        int topK = Math.max(100, n + STALE_MARGIN);
        Map<String, List<String>> params = new HashMap<>();
        params.put("q", List.of("{!knn f=vector topK=" + topK + "}" + v.append(']')));
        return search(params, filter, n);
    }

    private List<Candidate> search(Map<String, List<String>> params, PassageFilter filter, int n) {
        params.put("fq", SolrQueries.filters(filter));
        params.put("fl", List.of(FIELDS));
        params.put("rows", List.of(String.valueOf(n + STALE_MARGIN)));
        JsonNode docs = store.http()
                .postForm(store.http().inCollection("select"), params)
                .path("response")
                .path("docs");
        List<String> unseen =
                paths(docs).stream().filter(p -> !pinned.containsKey(p)).toList();
        pinned.putAll(store.currentVersions(unseen));
        List<Candidate> result = new ArrayList<>();
        for (JsonNode d : docs) {
            if (!d.path("file_version")
                    .asText()
                    .equals(pinned.get(d.path("path").asText()))) {
                continue; // a version being replaced or removed, or not the one this session shows
            }
            hits.put(d.path("id").asText(), d);
            result.add(
                    new Candidate(d.path("id").asText(), (float) d.path("score").asDouble()));
            if (result.size() == n) {
                break;
            }
        }
        return result;
    }

    private static List<String> paths(JsonNode docs) {
        List<String> paths = new ArrayList<>();
        docs.forEach(d -> paths.add(d.path("path").asText()));
        return paths;
    }

    @Override
    public Language language(String candidateId) {
        return Language.ofCode(hit(candidateId).path("lang").asText());
    }

    @Override
    public StoredPassage load(Candidate candidate) {
        return SolrDocuments.toPassage(hit(candidate.id()), false);
    }

    private JsonNode hit(String id) {
        JsonNode d = hits.get(id);
        if (d == null) {
            throw new IllegalArgumentException("No candidate " + id + " in this session");
        }
        return d;
    }

    @Override
    public void close() {
        hits.clear();
    }
}
