package app.farol.core.store.solr;

import app.farol.core.store.DocumentSignals;
import app.farol.core.store.FileReplacement;
import app.farol.core.store.SearchFields;
import app.farol.core.store.StoredPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the Solr store writes files, a group at a time in three requests whatever their number:
 * every file's passages under a new version of that file, then every file's record naming its
 * version, then one delete-by-query of the group's older versions. Each step goes after the one
 * before has been acknowledged, so every file keeps the promise of a single replace: its record
 * names a version only once that version's passages are written, and a search drops hits of a
 * version its record does not name. A crash before the records leaves each file at its old
 * version (with orphans); a crash during them leaves some files replaced, each whole; the
 * delete of the next replace of a file removes whatever an earlier, broken write left of it.
 *
 * <p>Delete-by-query is the costly request in SolrCloud (every shard, and it waits for their
 * in-flight updates), about 90 ms a file when each file had its own: one per group is what makes
 * writing in groups pay. Thread-safe.
 */
final class SolrWrites {
    /** Passage documents per update request: a few MB of JSON with their vectors. */
    static final int DOCS_PER_REQUEST = 500;
    /** Files per delete-by-query: two clauses each, well under the configset's 4096. */
    static final int PATHS_PER_DELETE = 500;

    private final SolrHttp http;
    private final SolrEmbedderRecord embedder;

    SolrWrites(SolrHttp http, SolrEmbedderRecord embedder) {
        this.http = http;
        this.embedder = embedder;
    }

    /** Replaces the files (a path given twice: its last replacement), as {@link SolrWrites} says. */
    void replace(List<FileReplacement> files) {
        if (files.isEmpty()) {
            return;
        }
        embedder.recordOnce();
        Map<String, FileReplacement> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.record().path(), f)); // one version per path, or the other's passages linger
        Map<String, String> versions = new LinkedHashMap<>();
        List<Map<String, Object>> passages = new ArrayList<>();
        List<Map<String, Object>> records = new ArrayList<>(byPath.size());
        for (FileReplacement f : byPath.values()) {
            String version = UUID.randomUUID().toString();
            versions.put(f.record().path(), version);
            passages.addAll(passageDocuments(f.passages(), version));
            records.add(SolrDocuments.record(f.record(), version, f.passages()));
        }
        for (int i = 0; i < passages.size(); i += DOCS_PER_REQUEST) {
            // invisible to searches and reads until a record names their version
            update(passages.subList(i, Math.min(passages.size(), i + DOCS_PER_REQUEST)));
        }
        update(records);
        List<String> paths = new ArrayList<>(versions.keySet());
        for (int i = 0; i < paths.size(); i += PATHS_PER_DELETE) {
            deleteStale(paths.subList(i, Math.min(paths.size(), i + PATHS_PER_DELETE)), versions);
        }
    }

    /** Removes the file's record and every version of its passages. */
    void remove(String path) {
        http.postJson(
                http.inCollection("update"),
                Map.of(),
                Map.of("delete", Map.of("query", SolrQueries.term("path", path))));
    }

    private static List<Map<String, Object>> passageDocuments(List<StoredPassage> passages, String version) {
        if (passages.isEmpty()) {
            return List.of();
        }
        // as the embedded store: the file's name and first-page names on every passage
        String document = DocumentSignals.forDocument(
                DocumentSignals.fileWords(passages.getFirst().path()), DocumentSignals.firstPageNames(passages));
        List<Map<String, Object>> docs = new ArrayList<>(passages.size());
        for (StoredPassage p : passages) {
            Map<String, Object> d = SolrDocuments.passage(p, version);
            d.put(SearchFields.DOCUMENT, document);
            docs.add(d);
        }
        return docs;
    }

    private void update(List<Map<String, Object>> docs) {
        http.postJson(http.inCollection("update"), Map.of(), docs);
    }

    /**
     * Deletes every document of these paths whose version is none of the new ones: the older
     * versions' passages, and what a broken earlier write left. A version is one file's (a
     * random UUID), so "not any of the group's versions" is "not this file's new version".
     */
    private void deleteStale(List<String> paths, Map<String, String> versions) {
        List<String> ofPaths = new ArrayList<>(paths.size());
        List<String> current = new ArrayList<>(paths.size());
        for (String path : paths) {
            ofPaths.add("_query_:" + SolrQueries.quoted(SolrQueries.term("path", path)));
            current.add("_query_:" + SolrQueries.quoted(SolrQueries.term("file_version", versions.get(path))));
        }
        String query = "+(" + String.join(" OR ", ofPaths) + ") -(" + String.join(" OR ", current) + ")";
        http.postJson(http.inCollection("update"), Map.of(), Map.of("delete", Map.of("query", query)));
    }
}
