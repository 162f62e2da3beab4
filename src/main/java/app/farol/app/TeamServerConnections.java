package app.farol.app;

import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.ModelServer;
import app.farol.core.embed.MiniLmEmbedder;
import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import app.farol.core.secrets.SecretAccounts;
import app.farol.core.store.PassageStore;
import app.farol.core.store.StoreStats;
import app.farol.core.store.solr.SolrPassageStore;
import app.farol.ui.settings.TeamConnections;
import app.farol.workspace.StoreLocation;
import java.util.Map;

/** The Team server section's work: the keyring and real connections, as answers make them. */
final class TeamServerConnections implements TeamConnections {
    private final Keyring keyring;
    private final Map<String, String> environment;

    TeamServerConnections() {
        this(Keyrings.system(), System.getenv());
    }

    TeamServerConnections(Keyring keyring, Map<String, String> environment) {
        this.keyring = keyring;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public boolean hasModelServerKey(String url) {
        return keyring.find(SecretAccounts.modelServer(parse(url).baseUrl())).isPresent();
    }

    @Override
    public void saveModelServerKey(String url, String key) {
        keyring.save(SecretAccounts.modelServer(parse(url).baseUrl()), key);
    }

    @Override
    public String testModelServer(String url) {
        try (ChatEngine engine = parse(url).connect()) {
            return engine.name();
        }
    }

    @Override
    public boolean hasStorePassword(String url) {
        return keyring.find(StoreLocation.account(url)).isPresent();
    }

    @Override
    public void saveStorePassword(String url, String password) {
        keyring.save(StoreLocation.account(url), password);
    }

    @Override
    public StoreCounts testStore(String url) {
        try (PassageStore store = SolrPassageStore.open(
                StoreLocation.cluster(url).endpoint(environment, keyring),
                MiniLmEmbedder.defaultName(),
                MiniLmEmbedder.DIMENSION)) { // what the app would embed with: a collection of another model fails here

            StoreStats stats = store.stats();
            return new StoreCounts(stats.files(), stats.passages());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // closing a Solr store does no I/O
        }
    }

    private ModelServer parse(String url) {
        return ModelServer.parse(url, environment, keyring);
    }
}
