package app.farol.core.store.solr;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which embedding model made a collection's vectors, kept in one document of the collection
 * ({@code kind=collection}: no search, count or file list sees it), as the embedded store keeps
 * it in its commit data. A collection whose document names another model (or dimension) is
 * refused: its vectors and this Farol's questions would not be comparable, and vector hits
 * would be poor without a warning.
 *
 * <p>The document is written before the first write of this process, "only if absent" ({@code
 * _version_ -1}), so when two Farols with different models start on an empty collection, the
 * second to write is refused, never both accepted. Thread-safe.
 */
final class SolrEmbedderRecord {
    static final String ID = "farol:embedder";

    private final SolrHttp http;
    private final String name;
    private final int dimension;
    private volatile boolean recorded;

    private SolrEmbedderRecord(SolrHttp http, String name, int dimension) {
        this.http = http;
        this.name = name;
        this.dimension = dimension;
    }

    /**
     * Reads the collection's record of its embedder.
     *
     * @throws FarolException naming the server and collection when it names another embedder
     */
    static SolrEmbedderRecord check(SolrHttp http, String name, int dimension) {
        SolrEmbedderRecord r = new SolrEmbedderRecord(http, name, dimension);
        JsonNode doc = r.read();
        if (doc != null) {
            r.refuseIfOther(doc);
            r.recorded = true;
        }
        return r;
    }

    /** Before a write: records this embedder if the collection has none recorded yet. */
    void recordOnce() {
        if (recorded) {
            return;
        }
        synchronized (this) {
            if (recorded) {
                return;
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", ID);
            doc.put("kind", SolrDocuments.KIND_COLLECTION);
            doc.put("embedder", name);
            doc.put("dimension", dimension);
            doc.put("_version_", -1); // only if absent: Solr answers 409 when it exists
            if (http.postJsonUnlessConflict(http.inCollection("update"), List.of(doc)) == null) {
                JsonNode other = read(); // another Farol recorded one first (or our retried write did)
                if (other != null) {
                    refuseIfOther(other);
                }
            }
            recorded = true;
        }
    }

    /** The recorded document, read with real-time get (the newest write), or null. */
    private JsonNode read() {
        JsonNode doc = http.postForm(http.inCollection("get"), Map.of("id", List.of(ID)))
                .path("doc");
        return doc.isMissingNode() || doc.isNull() ? null : doc;
    }

    private void refuseIfOther(JsonNode doc) {
        String recordedName = doc.path("embedder").asText();
        int recordedDimension = doc.path("dimension").asInt();
        if (recordedName.equals(name) && recordedDimension == dimension) {
            return;
        }
        SolrEndpoint endpoint = http.endpoint();
        throw new FarolException("The collection '" + endpoint.collection() + "' on the Solr server "
                + endpoint.nodes().getFirst() + " was built by another version of Farol (embedder "
                + recordedName + ", " + recordedDimension + " dimensions; this one embeds with " + name + ", "
                + dimension + " dimensions): rebuild it with `farol index --rebuild --store " + endpoint
                + "`, or choose another collection in --store. Nothing in it was changed.");
    }
}
