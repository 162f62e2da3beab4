package app.farol.core.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.util.FarolException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrEndpointTest {

    @Test
    void should_read_nodes_collection_and_credentials_from_the_environment() {
        SolrEndpoint e = SolrEndpoint.parse(
                "solr:http://a:8983/solr,http://b:8984/solr/farol/",
                Map.of("FAROL_STORE_USER", "ana", "FAROL_STORE_PASSWORD", "s3cret"));
        assertThat(e.nodes()).containsExactly(URI.create("http://a:8983/solr"), URI.create("http://b:8984/solr"));
        assertThat(e.collection()).isEqualTo("farol");
        assertThat(e.user()).isEqualTo("ana");
        assertThat(e.toString()).doesNotContain("s3cret");
    }

    @Test
    void should_say_how_a_store_url_is_written_when_the_collection_is_missing() {
        assertThatThrownBy(() -> SolrEndpoint.parse("solr:http://a:8983", Map.of()))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("solr:http://host:8983/solr/farol");
        assertThatThrownBy(() -> SolrEndpoint.parse("solr:ftp://a:21/solr/farol", Map.of()))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("not an http(s) URL");
    }

    @Test
    void should_retry_a_lost_replica_but_not_a_bad_request() {
        assertThat(SolrHttp.isTransient(503, "")).isTrue();
        assertThat(SolrHttp.isTransient(500, "Async exception during distributed update: ClosedChannelException"))
                .isTrue();
        assertThat(SolrHttp.isTransient(500, "undefined field foo")).isFalse();
        assertThat(SolrHttp.isTransient(400, "Connection refused")).isFalse();
    }
}
