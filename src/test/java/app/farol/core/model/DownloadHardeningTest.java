package app.farol.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.answer.llm.TinyModels;
import app.farol.core.util.CancelToken;
import app.farol.core.util.CancelledException;
import app.farol.core.util.FarolException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 item 6: a download never hangs, and installs exactly the pinned bytes. */
class DownloadHardeningTest {
    private static final String REPO = "farol-test/tiny-llama-JQ4";

    @Test
    void should_return_within_two_seconds_of_a_cancel_while_the_server_sends_nothing(@TempDir Path models)
            throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            server.stallFile = "model.safetensors";
            server.stallAfter = 20_000;
            CancelToken cancel = new CancelToken();
            CompletableFuture<Boolean> stalled = new CompletableFuture<>();
            ModelPin pin = server.pin();
            CompletableFuture<Path> run = CompletableFuture.supplyAsync(() -> new ModelDownloader(server.base())
                    .download(
                            REPO,
                            pin,
                            models.resolve("tiny"),
                            (f, done, total) -> {
                                if (f.equals("model.safetensors")) {
                                    stalled.complete(true);
                                }
                            },
                            cancel));
            stalled.get(30, TimeUnit.SECONDS); // bytes arrived, then the server went silent
            Thread.sleep(300);
            long t0 = System.nanoTime();
            cancel.cancel();
            assertThatThrownBy(() -> run.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(CancelledException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void should_give_up_on_a_silent_server_after_the_read_timeout(@TempDir Path models) throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            server.stallFile = "model.safetensors";
            server.stallAfter = 20_000;
            assertThatThrownBy(() -> new ModelDownloader(server.base(), Duration.ofMillis(500))
                            .download(
                                    REPO,
                                    server.pin(),
                                    models.resolve("tiny"),
                                    DownloadListener.NONE,
                                    CancelToken.none()))
                    .isInstanceOf(FarolException.class)
                    .hasMessageContaining("no data for");
        }
    }

    @Test
    void should_stop_at_the_pinned_size_and_delete_an_over_long_body(@TempDir Path models) throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            server.longFile = "model.safetensors";
            server.extraBytes = 5_000_000;
            Path target = models.resolve("tiny");
            assertThatThrownBy(() -> new ModelDownloader(server.base())
                            .download(REPO, server.pin(), target, DownloadListener.NONE, CancelToken.none()))
                    .isInstanceOf(FarolException.class)
                    .hasMessageContaining("more than the pinned");
            assertThat(target.resolve("model.safetensors.part")).doesNotExist();
            assertThat(target.resolve("model.safetensors")).doesNotExist();
        }
    }

    @Test
    void should_never_fetch_a_file_the_pin_does_not_list(@TempDir Path models) throws Exception {
        Path source = models.resolve("source");
        Files.createDirectories(source);
        try (var files = Files.list(TinyModels.folder())) {
            for (Path f : files.toList()) {
                Files.copy(f, source.resolve(f.getFileName()));
            }
        }
        try (FakeModelServer server = new FakeModelServer(source, REPO)) {
            ModelPin pin = server.pin();
            Files.writeString(source.resolve("added-later.json"), "{\"auto_map\": \"evil\"}");
            Path target = models.resolve("tiny");
            new ModelDownloader(server.base()).download(REPO, pin, target, DownloadListener.NONE, CancelToken.none());

            assertThat(server.requests)
                    .noneMatch(r -> r.contains("added-later"))
                    .noneMatch(r -> r.contains("/api/"))
                    .allMatch(r -> r.contains("/resolve/" + FakeModelServer.COMMIT + "/"));
            assertThat(target.resolve("added-later.json")).doesNotExist();
            assertThat(LocalModelFolder.problems(target)).isEmpty();
        }
    }

    @Test
    void should_check_free_space_before_fetching_anything(@TempDir Path models) throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            ModelPin pin = server.pin();
            ModelPin huge = new ModelPin(
                    pin.commit(),
                    pin.files().stream()
                            .map(f -> f.path().endsWith(".safetensors")
                                    ? new ModelPin.PinnedFile(f.path(), 1L << 56, f.sha256())
                                    : f)
                            .toList());
            assertThatThrownBy(() -> new ModelDownloader(server.base())
                            .download(REPO, huge, models.resolve("tiny"), DownloadListener.NONE, CancelToken.none()))
                    .isInstanceOf(FarolException.class)
                    .hasMessageContaining("free");
            assertThat(server.requests).isEmpty();
        }
    }

    @Test
    void should_produce_the_pin_a_maintainer_stores_from_the_server(@TempDir Path models) throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            assertThat(new ModelPinner(server.base()).pin(REPO)).isEqualTo(server.pin());
        }
    }

    @Test
    void should_refuse_a_pin_with_an_unsafe_name_or_no_hash() {
        String commit = FakeModelServer.COMMIT;
        assertThatThrownBy(() ->
                        new ModelPin(commit, List.of(new ModelPin.PinnedFile("../x.safetensors", 1, "00".repeat(32)))))
                .isInstanceOf(FarolException.class);
        assertThatThrownBy(() -> new ModelPin(commit, List.of(new ModelPin.PinnedFile("m.safetensors", 1, null))))
                .isInstanceOf(FarolException.class);
        assertThatThrownBy(() ->
                        new ModelPin("main", List.of(new ModelPin.PinnedFile("m.safetensors", 1, "00".repeat(32)))))
                .isInstanceOf(FarolException.class);
    }

    @Test
    void should_use_the_https_proxy_variable_unless_java_has_its_own() {
        InetSocketAddress a = Proxies.parse("http://proxy.example:3128/");
        assertThat(a.getHostString()).isEqualTo("proxy.example");
        assertThat(a.getPort()).isEqualTo(3128);
        assertThat(Proxies.parse("proxy.example"))
                .extracting(InetSocketAddress::getPort)
                .isEqualTo(80);
        assertThat(Proxies.choose(null, Map.of("HTTPS_PROXY", "http://proxy.example:3128"))
                        .select(java.net.URI.create("https://huggingface.co/")))
                .first()
                .extracting(p -> p.address())
                .isEqualTo(a);
    }
}
