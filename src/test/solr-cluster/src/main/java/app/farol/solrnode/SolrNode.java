package app.farol.solrnode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One SolrCloud node in this JVM: {@code SolrNode SOLR_HOME PORT ZK_HOST}. Prints "READY" once
 * Jetty serves, then runs until the JVM is killed. The test harness starts one per node, so a
 * node can be killed with SIGKILL like a real server.
 */
public final class SolrNode {
    private static final String SOLR_XML =
            """
            <solr>
              <str name="coreRootDirectory">${coreRootDirectory:.}</str>
              <str name="allowPaths">${solr.allowPaths:}</str>
              <shardHandlerFactory name="shardHandlerFactory" class="HttpShardHandlerFactory">
                <int name="socketTimeout">${socketTimeout:60000}</int>
                <int name="connTimeout">${connTimeout:5000}</int>
              </shardHandlerFactory>
              <solrcloud>
                <str name="host">127.0.0.1</str>
                <int name="hostPort">${hostPort:8983}</int>
                <str name="hostContext">solr</str>
                <int name="zkClientTimeout">${solr.zkclienttimeout:10000}</int>
                <bool name="genericCoreNodeNames">true</bool>
                <int name="leaderVoteWait">5000</int>
                <int name="distribUpdateConnTimeout">5000</int>
                <int name="distribUpdateSoTimeout">60000</int>
              </solrcloud>
            </solr>
            """;

    private SolrNode() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String zkHost = args[2];
        Files.createDirectories(home);
        Path solrXml = home.resolve("solr.xml");
        if (!Files.exists(solrXml)) {
            Files.writeString(solrXml, SOLR_XML, StandardCharsets.UTF_8);
        }
        System.setProperty("hostPort", String.valueOf(port));
        System.setProperty("zkHost", zkHost);
        Properties nodeProperties = new Properties();
        nodeProperties.setProperty("zkHost", zkHost);
        nodeProperties.setProperty("hostPort", String.valueOf(port));
        JettySolrRunner node = new JettySolrRunner(
                home.toString(),
                nodeProperties,
                JettyConfig.builder()
                        .setPort(port)
                        .setContext("/solr")
                        .stopAtShutdown(true)
                        .build());
        node.start();
        System.out.println("READY " + node.getBaseUrl());
        System.out.flush();
        Thread.currentThread().join();
    }
}
