package app.farol.core.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import app.farol.bench.LocalSolrCluster;
import app.farol.core.text.Language;
import app.farol.core.text.LanguageAnalyzers;
import app.farol.testing.SharedSolrCluster;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three-node cluster comes up on loopback with Farol's configset, and Solr's index-time
 * analysis of each text field gives exactly the terms Farol's own analyzer gives, so BM25 runs
 * on the same terms in both stores.
 */
class SolrSchemaClusterTest {
    private static final String COLLECTION = "farol_schema";
    private static final ObjectMapper JSON = new ObjectMapper();

    static LocalSolrCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SharedSolrCluster.withCollection(COLLECTION);
    }

    @AfterAll
    static void dropCollection() {
        if (cluster != null) {
            SolrCollections.delete(cluster.endpoint(COLLECTION));
        }
    }

    @Test
    void should_have_two_shards_of_two_active_replicas_on_three_live_nodes() throws Exception {
        JsonNode status = get(0, "admin/collections?action=CLUSTERSTATUS&collection=" + COLLECTION);
        assertThat(status.path("cluster").path("live_nodes")).hasSize(3);
        JsonNode shards =
                status.path("cluster").path("collections").path(COLLECTION).path("shards");
        assertThat(shards.size()).isEqualTo(2);
        for (JsonNode shard : shards) {
            List<String> states = new ArrayList<>();
            shard.path("replicas").forEach(r -> states.add(r.path("state").asText()));
            assertThat(states).containsExactly("active", "active");
        }
    }

    @Test
    void should_analyse_each_text_field_as_farols_own_analyzer_does() throws Exception {
        String english = "The tenant's dogs were running; how can I renew the contracts? Rent is due on 3 May.";
        String portuguese = "Posso ter um cachorro? Os contratos de aluguél não permitem animais na cozinha.";
        String other = "Wie kann ich den Mietvertrag kündigen? Das Äquivalent sind 3 Monate.";
        for (String text : List.of(english, portuguese, other)) {
            assertThat(solrTerms("text_en", text))
                    .as("text_en of %s", text)
                    .isEqualTo(farolTerms(Language.ENGLISH, text));
            assertThat(solrTerms("text_pt", text))
                    .as("text_pt of %s", text)
                    .isEqualTo(farolTerms(Language.PORTUGUESE, text));
            assertThat(solrTerms("text_other", text))
                    .as("text_other of %s", text)
                    .isEqualTo(farolTerms(Language.OTHER, text));
        }
    }

    private static List<String> farolTerms(Language language, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
                TokenStream ts = analyzer.tokenStream("f", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }

    /** The terms of the last stage of the field's index chain, from Solr's field analysis API. */
    private static List<String> solrTerms(String field, String text) throws Exception {
        JsonNode r = get(
                1,
                COLLECTION + "/analysis/field?analysis.fieldname=" + field + "&analysis.fieldvalue="
                        + URLEncoder.encode(text, StandardCharsets.UTF_8));
        JsonNode stages = r.path("analysis").path("field_names").path(field).path("index");
        JsonNode last = stages.get(stages.size() - 1);
        List<String> terms = new ArrayList<>();
        last.forEach(t -> terms.add(t.path("text").asText()));
        return terms;
    }

    private static JsonNode get(int node, String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(cluster.baseUrl(node) + "/" + path + "&wt=json"))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
