package app.farol.bench;

import app.farol.core.store.solr.SolrCollections;
import app.farol.core.store.solr.SolrEndpoint;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud cluster on loopback, for the {@code *Cluster*} tests and for {@code farol bench
 * cluster} (so a person can reproduce the cluster figures from a source checkout): one ZooKeeper
 * and three Solr 9.10.1 nodes, each a child JVM on a free port. Solr is built on Lucene 9 and Farol on
 * Lucene 10, so the nodes' classpath is resolved apart by Maven from {@code
 * src/test/solr-cluster/pom.xml} (offline: CI fetches it in its online step) and never joins this
 * JVM's. Start it once per test class; {@link #close()} and a shutdown hook kill every child.
 */
public final class LocalSolrCluster implements AutoCloseable {
    private static final Path PROJECT = app.farol.workspace.FarolPaths.home();
    private static final Path BUILD = PROJECT.resolve("target/solr-cluster");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Path dir;
    private final String classpath;
    private final Process zookeeper;
    private final int zkPort;
    private final int[] ports;
    private final Process[] nodes;
    private final Thread hook = new Thread(this::killAll, "solr-cluster-kill");

    private LocalSolrCluster(Path dir, int nodeCount) throws IOException {
        this.dir = dir;
        this.classpath = BUILD.resolve("classes")
                + java.io.File.pathSeparator
                + Files.readString(BUILD.resolve("classpath.txt")).strip();
        this.ports = new int[nodeCount];
        this.nodes = new Process[nodeCount];
        Runtime.getRuntime().addShutdownHook(hook);
        zkPort = freePort();
        Path zkData = Files.createDirectories(dir.resolve("zookeeper"));
        zookeeper = start(
                "zookeeper",
                List.of(
                        "-Xmx128m",
                        "-Dzookeeper.admin.enableServer=false",
                        "-Dzookeeper.4lw.commands.whitelist=ruok,mntr,conf",
                        "org.apache.zookeeper.server.ZooKeeperServerMain",
                        String.valueOf(zkPort),
                        zkData.toString()));
        for (int i = 0; i < nodeCount; i++) {
            ports[i] = freePort();
            nodes[i] = startNode(i);
        }
    }

    /**
     * Starts ZooKeeper and {@code nodeCount} nodes in {@code dir}, waits until all are live,
     * and creates {@code collection} with Farol's configset, {@code shards} x {@code replicas}.
     */
    public static LocalSolrCluster start(Path dir, int nodeCount, String collection, int shards, int replicas)
            throws IOException, InterruptedException {
        LocalSolrCluster cluster = start(dir, nodeCount);
        try {
            SolrCollections.create(cluster.endpoint(collection), shards, replicas);
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** Starts ZooKeeper and {@code nodeCount} nodes in {@code dir}, with no collection yet. */
    public static LocalSolrCluster start(Path dir, int nodeCount) throws IOException, InterruptedException {
        buildNodeClasspath();
        LocalSolrCluster cluster = new LocalSolrCluster(dir, nodeCount);
        try {
            cluster.awaitLiveNodes(nodeCount);
            return cluster;
        } catch (RuntimeException | Error | InterruptedException e) {
            cluster.close();
            throw e;
        }
    }

    /** The store URL of the collection, listing every node (as a user would list their servers). */
    public String storeUrl(String collection) {
        StringBuilder s = new StringBuilder(SolrEndpoint.SCHEME);
        for (int i = 0; i < ports.length; i++) {
            s.append(i == 0 ? "" : ",").append(baseUrl(i));
        }
        return s.append('/').append(collection).toString();
    }

    public SolrEndpoint endpoint(String collection) {
        return SolrEndpoint.parse(storeUrl(collection), Map.of());
    }

    public String baseUrl(int node) {
        return "http://127.0.0.1:" + ports[node] + "/solr";
    }

    /** SIGKILL, as a crash or a pulled cable: no shutdown, no goodbye to ZooKeeper. */
    public void kill(int node) throws InterruptedException {
        nodes[node].destroyForcibly();
        nodes[node].waitFor(1, TimeUnit.MINUTES);
    }

    /** Starts a killed node again on its port and home, and waits until it is live. */
    public void restart(int node) throws IOException, InterruptedException {
        nodes[node] = startNode(node);
        awaitLiveNodes(ports.length);
    }

    /** Starts again every node that is not running (killed and not restarted), and waits for all. */
    public void restartDead() throws IOException, InterruptedException {
        boolean restarted = false;
        for (int i = 0; i < nodes.length; i++) {
            if (!nodes[i].isAlive()) {
                nodes[i] = startNode(i);
                restarted = true;
            }
        }
        if (restarted) {
            awaitLiveNodes(ports.length);
        }
    }

    /** Waits until {@code count} nodes are live in ZooKeeper, as any running node reports it. */
    public void awaitLiveNodes(int count) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int live = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < ports.length; i++) {
                if (nodes[i].isAlive()) {
                    live = Math.max(live, liveNodes(http, i));
                }
            }
            if (live >= count) {
                return;
            }
            failIfAnyExited();
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Only " + live + " of " + count + " Solr nodes live after " + START_LIMIT + "; logs in " + dir);
    }

    private int liveNodes(HttpClient http, int node) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(baseUrl(node) + "/admin/collections?action=CLUSTERSTATUS&wt=json"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return 0;
            }
            int start = r.body().indexOf("\"live_nodes\"");
            if (start < 0) {
                return 0;
            }
            String list = r.body().substring(start, r.body().indexOf(']', start));
            return list.split("_solr\"", -1).length - 1;
        } catch (IOException e) {
            return 0; // not serving yet
        }
    }

    private void failIfAnyExited() {
        if (!zookeeper.isAlive()) {
            throw new IllegalStateException("ZooKeeper exited: see " + dir.resolve("zookeeper.log"));
        }
    }

    private Process startNode(int i) throws IOException {
        return start(
                "node" + i,
                List.of(
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-Dsolr.zkclienttimeout=10000",
                        "-Dsolr.log.dir=" + dir.resolve("node" + i + "-logs"),
                        "-Dsolr.allowPaths=" + dir,
                        "app.farol.solrnode.SolrNode",
                        dir.resolve("node" + i).toString(),
                        String.valueOf(ports[i]),
                        "127.0.0.1:" + zkPort));
    }

    private Process start(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.add("-cp");
        command.add(classpath);
        command.addAll(args);
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve(name + ".log").toFile()))
                .start();
    }

    /**
     * Resolves the nodes' classpath and compiles their launcher with Maven, offline, once per
     * change of the node POM.
     */
    private static synchronized void buildNodeClasspath() throws IOException, InterruptedException {
        Path pom = PROJECT.resolve("src/test/solr-cluster/pom.xml");
        Path classpathFile = BUILD.resolve("classpath.txt");
        Path launcher = BUILD.resolve("classes/app/farol/solrnode/SolrNode.class");
        Path source = PROJECT.resolve("src/test/solr-cluster/src/main/java/app/farol/solrnode/SolrNode.java");
        if (Files.exists(classpathFile)
                && Files.exists(launcher)
                && Files.getLastModifiedTime(classpathFile).compareTo(Files.getLastModifiedTime(pom)) > 0
                && Files.getLastModifiedTime(launcher).compareTo(Files.getLastModifiedTime(source)) > 0) {
            return;
        }
        Path mvnw = PROJECT.resolve("mvnw");
        String maven = onPath("mvn") ? "mvn" : mvnw.toString();
        Files.createDirectories(BUILD);
        Path log = BUILD.resolve("build.log");
        Process p = new ProcessBuilder(
                        maven,
                        "-B",
                        "-ntp",
                        "-q",
                        "-o",
                        "-f",
                        pom.toString(),
                        "compile",
                        "dependency:build-classpath",
                        "-Dmdep.outputFile=" + classpathFile)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("Could not build the Solr nodes' classpath (run `mvn -f " + pom
                    + " dependency:build-classpath` online once):\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private void killAll() {
        for (Process p : nodes) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        if (zookeeper != null) {
            zookeeper.destroyForcibly();
        }
        for (Process p : nodes) {
            if (p != null) {
                try {
                    p.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }
}
