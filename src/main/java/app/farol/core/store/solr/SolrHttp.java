package app.farol.core.store.solr;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Solr's JSON APIs over the JDK's HTTP client. A request goes to one known node; when that node
 * refuses the connection, times out or answers 503 (busy, restarting, no leader yet) it is
 * retried on the next node with exponential back-off, for up to {@link #RETRY_BUDGET}. Other
 * failures become a {@link FarolException} that names the server and says what to do.
 * Thread-safe.
 */
final class SolrHttp {
    private static final Logger LOG = LoggerFactory.getLogger(SolrHttp.class);
    static final Duration RETRY_BUDGET = Duration.ofSeconds(90);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SolrEndpoint endpoint;
    private final HttpClient client;
    private final List<URI> nodes;
    private final AtomicInteger current = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();

    SolrHttp(SolrEndpoint endpoint) {
        this.endpoint = endpoint;
        this.nodes = new java.util.concurrent.CopyOnWriteArrayList<>(endpoint.nodes());
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    SolrEndpoint endpoint() {
        return endpoint;
    }

    /** How many requests were retried so far (a busy or lost node), for benches and tests. */
    int retries() {
        return retries.get();
    }

    /** GET {@code /solr/<path>?params}. */
    JsonNode get(String path, Map<String, List<String>> params) {
        return send(path, params, null, null, false);
    }

    /** POST {@code params} as a form to {@code /solr/<path>}: a long query fits no URL. */
    JsonNode postForm(String path, Map<String, List<String>> params) {
        byte[] form = query(params).substring(1).getBytes(StandardCharsets.UTF_8);
        return send(path, Map.of(), form, "application/x-www-form-urlencoded", false);
    }

    /** POST a JSON body to {@code /solr/<path>?params}. */
    JsonNode postJson(String path, Map<String, List<String>> params, Object body) {
        return send(path, params, json(body), "application/json", false);
    }

    /**
     * POST a JSON body to {@code /solr/<path>}; null when Solr answers 409, a version conflict
     * (a document written with {@code _version_ -1}, "only if absent", exists already).
     */
    JsonNode postJsonUnlessConflict(String path, Object body) {
        return send(path, Map.of(), json(body), "application/json", true);
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST raw bytes (a configset zip) to {@code /solr/<path>?params}. */
    JsonNode postBytes(String path, Map<String, List<String>> params, byte[] body, String contentType) {
        return send(path, params, body, contentType, false);
    }

    /** Collection-relative path: {@code collection/<path>}. */
    String inCollection(String path) {
        return endpoint.collection() + "/" + path;
    }

    private JsonNode send(
            String path, Map<String, List<String>> params, byte[] body, String contentType, boolean conflictIsNull) {
        long deadline = System.nanoTime() + RETRY_BUDGET.toNanos();
        long backoffMillis = 100;
        String lastProblem = "";
        while (true) {
            URI node = nodes.get(Math.floorMod(current.get(), nodes.size()));
            URI uri = URI.create(node + "/" + path + query(params));
            try {
                HttpResponse<byte[]> response =
                        client.send(request(uri, body, contentType), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    return JSON.readTree(response.body());
                }
                if (status == 409 && conflictIsNull) {
                    return null;
                }
                String detail = errorMessage(response.body());
                if (!isTransient(status, detail)) {
                    throw refusal(node, path, status, detail);
                }
                lastProblem = "HTTP " + status + " " + detail;
            } catch (java.net.ConnectException | HttpTimeoutException e) {
                lastProblem = e.getClass().getSimpleName() + " " + e.getMessage();
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + " " + e.getMessage(); // reset mid-answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FarolException("Interrupted while talking to the Solr server " + node, e);
            }
            retries.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new FarolException("The Solr server " + node + " (store " + endpoint
                        + ") did not answer for " + RETRY_BUDGET.toSeconds() + " s (" + lastProblem
                        + "). Check that it runs and that this computer can reach it.");
            }
            LOG.debug("Solr node {} failed ({}), retrying in {} ms", node, lastProblem, backoffMillis);
            current.incrementAndGet(); // the next node, if the cluster has more than one
            sleep(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, 2_000);
            if (current.get() % nodes.size() == 0) {
                learnLiveNodes();
            }
        }
    }

    /**
     * Adds the cluster's live nodes to the known ones, so one seed URL is enough.
     *
     * @return why no node answered at all (refused, unknown host, timed out), or empty when one did
     */
    String learnLiveNodes() {
        String problem = "";
        for (URI node : List.copyOf(nodes)) {
            try {
                HttpResponse<byte[]> r = client.send(
                        request(URI.create(node + "/admin/collections?action=CLUSTERSTATUS&wt=json"), null, null),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    return ""; // it answers: what it refuses, the next request will say
                }
                LinkedHashSet<URI> known = new LinkedHashSet<>(nodes);
                for (JsonNode live : JSON.readTree(r.body()).path("cluster").path("live_nodes")) {
                    String name = live.asText(); // host:port_context
                    int underscore = name.lastIndexOf('_');
                    known.add(URI.create(node.getScheme() + "://" + name.substring(0, underscore) + "/"
                            + name.substring(underscore + 1).replace("%2F", "/")));
                }
                known.removeAll(nodes);
                nodes.addAll(known);
                return "";
            } catch (IOException e) {
                // that node is down too: ask the next
                problem += (problem.isEmpty() ? "" : "; ") + node + ": " + describe(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return problem;
    }

    private static String describe(IOException e) {
        String m = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (e instanceof java.net.http.HttpConnectTimeoutException) {
            return "no answer within 5 s";
        }
        if (e instanceof java.net.ConnectException) {
            return e.getCause() instanceof java.nio.channels.UnresolvedAddressException
                    ? "unknown host"
                    : "connection refused" + m;
        }
        return e.getClass().getSimpleName() + m;
    }

    /**
     * GET {@code /solr/<path>} once from every node known (seeds and live ones), for what each
     * node alone can tell (its cores' sizes); a node that does not answer is left out.
     */
    List<JsonNode> fromEachNode(String path, Map<String, List<String>> params) {
        List<JsonNode> answers = new ArrayList<>();
        for (URI node : new LinkedHashSet<>(nodes)) {
            try {
                HttpResponse<byte[]> r = client.send(
                        request(URI.create(node + "/" + path + query(params)), null, null),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 200) {
                    answers.add(JSON.readTree(r.body()));
                }
            } catch (IOException e) {
                // down: its replicas are counted by no one, as on a cluster that lost the node
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return answers;
    }

    private HttpRequest request(URI uri, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        if (!endpoint.user().isEmpty()) {
            String token = endpoint.user() + ":" + endpoint.password();
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        if (body == null) {
            return b.GET().build();
        }
        return b.header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /**
     * Failures that a retry can cure: a node busy, restarting or just lost, a shard whose leader
     * is being elected. Solr reports a replica lost mid-update as a 500 naming the broken
     * connection. Farol's writes are idempotent (ids carry the file version), so replaying is safe.
     */
    static boolean isTransient(int status, String detail) {
        if (status == 502 || status == 503 || status == 504) {
            return true;
        }
        return status == 500 && TRANSIENT.matcher(detail).find();
    }

    private static final java.util.regex.Pattern TRANSIENT = java.util.regex.Pattern.compile(
            "No registered leader|distributed update|ClosedChannel|Connection refused|ConnectException"
                    + "|no servers hosting shard|ZooKeeper|Timeout|timed out|EofException|Connection reset",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private FarolException refusal(URI node, String path, int status, String detail) {
        String where = "The Solr server " + node + " (store " + endpoint + ")";
        return new FarolException(
                switch (status) {
                    case 401 ->
                        where + " asks for credentials or refused them (HTTP 401). Set FAROL_STORE_USER and"
                                + " FAROL_STORE_PASSWORD to a user of that cluster.";
                    case 403 ->
                        where + " refused the user " + endpoint.user() + " (HTTP 403): that user may not "
                                + (path.contains("/update") ? "write to" : "read") + " the collection.";
                    case 404 ->
                        where + " has no collection '" + endpoint.collection() + "' (HTTP 404). Create it with"
                                + " Farol's configset (docs/scale.md) or correct the name in --store.";
                    case 400 ->
                        detail.contains("field") || detail.contains("schema")
                                ? where + " refused the request: the collection's schema is not Farol's (" + detail
                                        + "). Create the collection with Farol's configset (docs/scale.md)."
                                : where + " refused the request (HTTP 400): " + detail;
                    default -> where + " answered HTTP " + status + ": " + detail;
                });
    }

    private static String errorMessage(byte[] body) {
        try {
            JsonNode msg = JSON.readTree(body).path("error").path("msg");
            if (!msg.isMissingNode()) {
                return msg.asText();
            }
        } catch (IOException e) {
            // not JSON: an HTML error page
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static String query(Map<String, List<String>> params) {
        List<String> parts = new ArrayList<>();
        parts.add("wt=json");
        params.forEach((k, vs) -> vs.forEach(v -> parts.add(enc(k) + "=" + enc(v))));
        return "?" + String.join("&", parts);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarolException("Interrupted while waiting to retry the Solr server", e);
        }
    }
}
