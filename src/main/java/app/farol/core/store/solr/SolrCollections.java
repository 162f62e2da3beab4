package app.farol.core.store.solr;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Sets up a collection for Farol on a SolrCloud cluster: uploads Farol's configset (schema and
 * solrconfig shipped in this package) and creates the collection with it.
 */
public final class SolrCollections {
    static final String CONFIGSET = "farol";
    private static final List<String> CONFIGSET_FILES =
            List.of("schema.xml", "solrconfig.xml", "stopwords_en.txt", "stopwords_pt.txt", "question_words.txt");

    private SolrCollections() {}

    /**
     * Uploads the configset (replacing an older one of the same name) and creates the
     * endpoint's collection with {@code shards} shards of {@code replicas} replicas each, waiting
     * until every replica is active. Does nothing to a collection that exists already.
     */
    public static void create(SolrEndpoint endpoint, int shards, int replicas) {
        SolrHttp http = new SolrHttp(endpoint);
        http.postBytes(
                "admin/configs",
                Map.of("action", List.of("UPLOAD"), "name", List.of(CONFIGSET), "overwrite", List.of("true")),
                configsetZip(),
                "application/octet-stream");
        JsonNode existing = http.get("admin/collections", Map.of("action", List.of("LIST")));
        for (JsonNode name : existing.path("collections")) {
            if (name.asText().equals(endpoint.collection())) {
                return;
            }
        }
        http.get(
                "admin/collections",
                Map.of(
                        "action", List.of("CREATE"),
                        "name", List.of(endpoint.collection()),
                        "numShards", List.of(String.valueOf(shards)),
                        "replicationFactor", List.of(String.valueOf(replicas)),
                        "collection.configName", List.of(CONFIGSET),
                        "waitForFinalState", List.of("true")));
    }

    /** Deletes the endpoint's collection and its data on every node; nothing if it does not exist. */
    public static void delete(SolrEndpoint endpoint) {
        SolrHttp http = new SolrHttp(endpoint);
        JsonNode existing = http.get("admin/collections", Map.of("action", List.of("LIST")));
        for (JsonNode name : existing.path("collections")) {
            if (name.asText().equals(endpoint.collection())) {
                http.get(
                        "admin/collections",
                        Map.of("action", List.of("DELETE"), "name", List.of(endpoint.collection())));
                return;
            }
        }
    }

    /**
     * Deletes every document of the endpoint's collection, the record of its embedder too, and
     * commits: the collection stays, empty, for {@code farol index --rebuild} with any embedder.
     */
    public static void empty(SolrEndpoint endpoint) {
        SolrHttp http = new SolrHttp(endpoint);
        http.postJson(
                http.inCollection("update"),
                Map.of("commit", List.of("true")),
                Map.of("delete", Map.of("query", "*:*")));
    }

    static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : CONFIGSET_FILES) {
                try (InputStream in = SolrCollections.class.getResourceAsStream("configset/" + name)) {
                    if (in == null) {
                        throw new FarolException(
                                "Farol's Solr configset lacks " + name + ": the installation is damaged");
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
