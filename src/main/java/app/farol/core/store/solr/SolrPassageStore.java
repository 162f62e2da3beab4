package app.farol.core.store.solr;

import app.farol.core.store.FileRecord;
import app.farol.core.store.FileReplacement;
import app.farol.core.store.PassageStore;
import app.farol.core.store.SearchSession;
import app.farol.core.store.StoreStats;
import app.farol.core.store.StoredPassage;
import app.farol.core.text.Language;
import app.farol.core.text.TermHighlighter;
import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Farol's passages in a SolrCloud collection (Farol's configset, see {@link SolrCollections}).
 *
 * <p>Per-file atomicity without transactions: every {@link #replaceFile} writes the passages
 * under a new file version, then the file record naming that version, then deletes the passages
 * of older versions ({@link #replaceFiles} does it for a group of files in the same three
 * requests, {@link SolrWrites}). Searches drop hits whose version is not the record's (read with real-time
 * get, which sees the newest record on every replica), so a search never mixes two versions of
 * a file; while a file is being replaced it may briefly be absent. A crash between the steps
 * leaves the old version in force (or orphans that the next replace of the file deletes).
 *
 * <p>Visibility: writes become searchable within Solr's soft-commit interval (1 s in Farol's
 * configset) and at once after {@link #commit()}, which also makes them durable. Each write is
 * one bulk request; requests are retried with back-off across nodes while a node is down or
 * restarting ({@link SolrHttp}). Thread-safe.
 *
 * <p>The collection records the embedding model of its vectors on the first write ({@link
 * SolrEmbedderRecord}); a collection made with another model is refused at open.
 */
public final class SolrPassageStore implements PassageStore {
    private static final int PAGE = 1000;
    /** Ids per real-time get: a URL-encoded form, well under Solr's request limits. */
    private static final int GET_BATCH = 200;

    private final SolrHttp http;
    private final SolrWrites writes;

    private SolrPassageStore(SolrHttp http, SolrEmbedderRecord embedder) {
        this.http = http;
        this.writes = new SolrWrites(http, embedder);
    }

    /**
     * Connects to the endpoint's collection and checks that it has Farol's schema and was built
     * with this embedder (or with none yet: the first write records it).
     *
     * @param embedderName the embedding model's name ({@code Embedder.name()})
     * @param dimension its vectors' dimension
     * @throws FarolException naming the server when it is unreachable, refuses the credentials,
     *     has no such collection, a schema that is not Farol's or vectors of another embedder
     */
    public static SolrPassageStore open(SolrEndpoint endpoint, String embedderName, int dimension) {
        SolrHttp http = new SolrHttp(endpoint);
        String unreachable = http.learnLiveNodes();
        if (!unreachable.isEmpty()) { // fail at once rather than retry for a server that is not there
            throw new FarolException("Cannot reach the Solr server of the store " + endpoint + " (" + unreachable
                    + "). Check the address in --store, that Solr runs, and that this computer can reach it.");
        }
        JsonNode fields = http.get(http.inCollection("schema/fields"), Map.of());
        LinkedHashSet<String> names = new LinkedHashSet<>();
        fields.path("fields").forEach(f -> names.add(f.path("name").asText()));
        for (String needed : List.of(
                "file_version",
                "ordinals",
                "vector",
                "text_en",
                "text_pt",
                "text_other",
                "kind",
                "path",
                "embedder",
                "dimension")) {
            if (!names.contains(needed)) {
                throw new FarolException(
                        "The Solr collection " + endpoint + " has no field '" + needed
                                + "': its schema is not Farol's. Create the collection with Farol's configset (docs/scale.md).");
            }
        }
        return new SolrPassageStore(http, SolrEmbedderRecord.check(http, embedderName, dimension));
    }

    SolrHttp http() {
        return http;
    }

    /** How many requests were retried (a node down or busy), for benches. */
    public int retries() {
        return http.retries();
    }

    @Override
    public Map<String, FileRecord> files() {
        Map<String, FileRecord> files = new LinkedHashMap<>();
        String cursor = "*";
        while (true) {
            Map<String, List<String>> params = new HashMap<>();
            params.put("q", List.of(SolrQueries.term("kind", SolrDocuments.KIND_FILE)));
            params.put("sort", List.of("id asc"));
            params.put("rows", List.of(String.valueOf(PAGE)));
            params.put("cursorMark", List.of(cursor));
            JsonNode r = http.get(http.inCollection("select"), params);
            for (JsonNode d : r.path("response").path("docs")) {
                FileRecord record = SolrDocuments.toRecord(d);
                files.put(record.path(), record);
            }
            String next = r.path("nextCursorMark").asText();
            if (next.equals(cursor)) {
                return files;
            }
            cursor = next;
        }
    }

    @Override
    public List<StoredPassage> passagesOf(String path) {
        return passageRange(path, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * Read with real-time get, record first: the record names the version and its ordinals, and
     * the passages are fetched by id, so the answer is that one version whole (never what a
     * shard's searcher happens to see mid-refresh). If a replace deleted them meanwhile, read
     * again under the newer record.
     */
    @Override
    public List<StoredPassage> passageRange(String path, int fromOrdinal, int toOrdinal) {
        for (int attempt = 0; ; attempt++) {
            JsonNode record = realTimeRecord(path);
            if (record == null) {
                return List.of();
            }
            String version = record.path("file_version").asText();
            List<String> ids = new ArrayList<>();
            record.path("ordinals").forEach(o -> {
                if (o.asInt() >= fromOrdinal && o.asInt() <= toOrdinal) {
                    ids.add(SolrDocuments.passageId(path, version, o.asInt()));
                }
            });
            List<StoredPassage> passages = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i += GET_BATCH) {
                realTimeGet(ids.subList(i, Math.min(ids.size(), i + GET_BATCH)))
                        .forEach(d -> passages.add(SolrDocuments.toPassage(d, true)));
            }
            if (passages.size() == ids.size()) {
                passages.sort(java.util.Comparator.comparingInt(StoredPassage::ordinal));
                return passages;
            }
            if (attempt == 5) {
                return List.of(); // replaced over and over meanwhile: absent, as during a replace
            }
        }
    }

    @Override
    public void replaceFile(FileRecord record, List<StoredPassage> passages) {
        writes.replace(List.of(new FileReplacement(record, passages)));
    }

    /** The files in three requests whatever their number ({@link SolrWrites}), each file whole. */
    @Override
    public void replaceFiles(List<FileReplacement> files) {
        writes.replace(files);
    }

    @Override
    public void removeFile(String path) {
        writes.remove(path);
    }

    @Override
    public void commit() {
        http.get(http.inCollection("update"), Map.of("commit", List.of("true"), "waitSearcher", List.of("true")));
    }

    @Override
    public SearchSession openSession() {
        return new SolrSearchSession(this);
    }

    @Override
    public StoreStats stats() {
        return new StoreStats((int) count(SolrDocuments.KIND_FILE), count(SolrDocuments.KIND_PASSAGE), bytes());
    }

    /**
     * The collection's size on disk, every replica of every shard counted (what the cluster
     * stores for it), as each node's core admin reports its cores; a node that is down is missed.
     */
    private long bytes() {
        Map<String, Long> cores = new HashMap<>(); // by core name: a node listed twice counts once
        for (JsonNode node : http.fromEachNode("admin/cores", Map.of("action", List.of("STATUS")))) {
            node.path("status").properties().forEach(core -> {
                if (core.getValue()
                        .path("cloud")
                        .path("collection")
                        .asText()
                        .equals(http.endpoint().collection())) {
                    cores.put(
                            core.getKey(),
                            core.getValue().path("index").path("sizeInBytes").asLong());
                }
            });
        }
        return cores.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String highlight(String query, Language queryLanguage, StoredPassage passage, int maxChars) {
        return TermHighlighter.highlight(query, queryLanguage, passage.text(), passage.language(), maxChars);
    }

    @Override
    public void close() {
        // The JDK client holds no resources that outlive the JVM's; nothing to flush.
    }

    /** The current version of each file among {@code paths}, read with real-time get. */
    Map<String, String> currentVersions(List<String> paths) {
        Map<String, String> versions = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(paths))
                .stream().map(SolrDocuments::recordId).toList();
        for (int i = 0; i < ids.size(); i += GET_BATCH) {
            realTimeGet(ids.subList(i, Math.min(ids.size(), i + GET_BATCH)))
                    .forEach(d -> versions.put(
                            d.path("path").asText(), d.path("file_version").asText()));
        }
        return versions;
    }

    private JsonNode realTimeRecord(String path) {
        List<JsonNode> docs = realTimeGet(List.of(SolrDocuments.recordId(path)));
        return docs.isEmpty() ? null : docs.getFirst();
    }

    /** Documents by id as the leaders' update logs have them: the newest write, searchable or not. */
    private List<JsonNode> realTimeGet(List<String> ids) {
        List<JsonNode> docs = new ArrayList<>();
        if (ids.isEmpty()) {
            return docs;
        }
        JsonNode r = http.postForm(http.inCollection("get"), Map.of("id", ids));
        // one id answers {"doc": ...}, several answer {"response": {"docs": [...]}}
        if (r.has("doc") && !r.path("doc").isNull()) {
            docs.add(r.path("doc"));
        }
        r.path("response").path("docs").forEach(docs::add);
        return docs;
    }

    private long count(String kind) {
        JsonNode r = http.get(
                http.inCollection("select"),
                Map.of("q", List.of(SolrQueries.term("kind", kind)), "rows", List.of("0")));
        return r.path("response").path("numFound").asLong();
    }

    /**
     * What the collection holds of a file, for a drill's report: the record's version and
     * ordinals, the passages real-time get finds of that version, and what a search finds of it.
     */
    public String describe(String path) {
        JsonNode record = realTimeRecord(path);
        if (record == null) {
            return "no record";
        }
        String version = record.path("file_version").asText();
        List<String> ids = new ArrayList<>();
        record.path("ordinals").forEach(o -> ids.add(SolrDocuments.passageId(path, version, o.asInt())));
        int got = realTimeGet(ids).size();
        Map<String, List<String>> params = new HashMap<>();
        params.put("q", List.of(SolrQueries.term("path", path)));
        params.put("fl", List.of("id,file_version"));
        params.put("rows", List.of("1000"));
        JsonNode docs = http.get(http.inCollection("select"), params).path("response");
        int ofVersion = 0;
        for (JsonNode d : docs.path("docs")) {
            ofVersion += d.path("file_version").asText().equals(version) ? 1 : 0;
        }
        return "record " + version + " with " + ids.size() + " ordinals; real-time get finds " + got
                + "; a search finds " + docs.path("numFound").asLong() + " documents, " + ofVersion
                + " of the record's version";
    }
}
