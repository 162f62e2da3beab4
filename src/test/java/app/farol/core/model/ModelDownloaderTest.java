package app.farol.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.answer.llm.TinyModels;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDownloaderTest {
    private static final String REPO = "farol-test/tiny-llama-JQ4";

    @Test
    void should_download_every_file_with_progress_and_leave_a_usable_model(@TempDir Path models) throws Exception {
        Path source = TinyModels.folder();
        try (FakeModelServer server = new FakeModelServer(source, REPO)) {
            List<long[]> progress = new ArrayList<>();
            Path target = models.resolve("tiny");
            new ModelDownloader(server.base())
                    .download(
                            REPO,
                            server.pin(),
                            target,
                            (f, done, total) -> progress.add(new long[] {done, total}),
                            CancelToken.none());

            assertThat(LocalModelFolder.problems(target)).isEmpty();
            assertThat(Files.mismatch(target.resolve("model.safetensors"), source.resolve("model.safetensors")))
                    .isEqualTo(-1);
            assertThat(progress).isNotEmpty();
            long[] last = progress.getLast();
            assertThat(last[0]).isEqualTo(last[1]);
            assertThat(progress).extracting(p -> p[0]).isSorted();
        }
    }

    @Test
    void should_resume_after_a_cut_connection_with_a_range_request(@TempDir Path models) throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            server.cutFile = "model.safetensors";
            server.cutAfter = 50_000;
            Path target = models.resolve("tiny");
            new ModelDownloader(server.base())
                    .download(REPO, server.pin(), target, DownloadListener.NONE, CancelToken.none());

            assertThat(server.requests).anyMatch(r -> r.endsWith("model.safetensors bytes=50000-"));
            assertThat(Checksums.sha256(target.resolve("model.safetensors")))
                    .isEqualTo(Checksums.sha256(TinyModels.folder().resolve("model.safetensors")));
            assertThat(LocalModelFolder.problems(target)).isEmpty();
        }
    }

    @Test
    void should_reject_a_file_whose_hash_is_not_the_pinned_one_and_leave_nothing_usable(@TempDir Path models)
            throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            ModelPin right = server.pin();
            ModelPin wrong = new ModelPin(
                    right.commit(),
                    right.files().stream()
                            .map(f -> f.path().equals("model.safetensors")
                                    ? new ModelPin.PinnedFile(f.path(), f.size(), "00".repeat(32))
                                    : f)
                            .toList());
            Path target = models.resolve("tiny");

            assertThatThrownBy(() -> new ModelDownloader(server.base())
                            .download(REPO, wrong, target, DownloadListener.NONE, CancelToken.none()))
                    .isInstanceOf(FarolException.class)
                    .hasMessageContaining("checksum");
            assertThat(target.resolve("model.safetensors")).doesNotExist();
            assertThat(target.resolve("model.safetensors.part")).doesNotExist();
            assertThat(LocalModelFolder.problems(target)).isNotEmpty();
            assertThatThrownBy(() -> new ModelsHome(models).use(target)).isInstanceOf(FarolException.class);
        }
    }

    @Test
    void should_resume_on_the_next_run_after_a_stopped_download(@TempDir Path models) throws Exception {
        try (FakeModelServer server = new FakeModelServer(TinyModels.folder(), REPO)) {
            Path target = models.resolve("tiny");
            CancelToken stop = new CancelToken();
            assertThatThrownBy(() -> new ModelDownloader(server.base())
                            .download(
                                    REPO,
                                    server.pin(),
                                    target,
                                    (f, d, t) -> {
                                        if (f.equals("model.safetensors") && d > 100_000) {
                                            stop.cancel();
                                        }
                                    },
                                    stop))
                    .isInstanceOf(app.farol.core.util.CancelledException.class);
            assertThat(LocalModelFolder.problems(target)).anyMatch(p -> p.contains("not finished"));
            long partial = Files.size(target.resolve("model.safetensors.part"));

            new ModelDownloader(server.base())
                    .download(REPO, server.pin(), target, DownloadListener.NONE, CancelToken.none());

            assertThat(server.requests).anyMatch(r -> r.endsWith("bytes=" + partial + "-"));
            assertThat(LocalModelFolder.problems(target)).isEmpty();
        }
    }

    @Test
    void should_use_a_model_folder_the_user_already_has(@TempDir Path models) {
        ModelsHome home = new ModelsHome(models);
        home.use(TinyModels.folder());

        assertThat(home.activeModel())
                .contains(TinyModels.folder().toAbsolutePath().normalize());
    }
}
