package app.farol.cli;

import app.farol.core.model.CatalogueEntry;
import app.farol.core.model.LocalModelFolder;
import app.farol.core.model.ModelCatalogue;
import app.farol.core.model.ModelDownloader;
import app.farol.core.model.ModelPin;
import app.farol.core.model.ModelPinner;
import app.farol.core.model.ModelPins;
import app.farol.core.model.ModelsHome;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farol models list|download ID|use DIR}. Only {@code download} uses the network. */
@Command(name = "models", mixinStandardHelpOptions = true, description = "List, download and choose answer models.")
public final class ModelsCommand {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--models-dir",
            paramLabel = "DIR",
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Models folder (default: the farol.models setting, else ~/.farol/models).")
    Path modelsDir;

    @Option(
            names = "--server",
            hidden = true,
            scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Model server (for tests).")
    URI server;

    private ModelsHome home() {
        return modelsDir != null ? new ModelsHome(modelsDir) : ModelsHome.fromSettings();
    }

    @Command(name = "list", description = "Show the catalogue and what is installed. No network.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        ModelsHome home = home();
        Optional<Path> active = home.activeModel();
        out.printf(Locale.ROOT, "Models folder: %s%n%n", home.folder());
        out.printf(Locale.ROOT, "%-14s %-9s %-9s %-28s %s%n", "ID", "DOWNLOAD", "MEMORY", "LICENCE", "STATUS");
        for (CatalogueEntry e : ModelCatalogue.entries()) {
            Path f = home.folderOf(e);
            String status = LocalModelFolder.problems(f).isEmpty()
                    ? (active.filter(f::equals).isPresent() ? "installed, in use" : "installed")
                    : java.nio.file.Files.exists(f) ? "incomplete (download again to resume)" : "-";
            out.printf(
                    Locale.ROOT,
                    "%-14s %-9s %-9s %-28s %s%n",
                    e.id(),
                    size(e.downloadBytes()),
                    size(e.memoryBytes()),
                    e.licence(),
                    status);
            out.printf(Locale.ROOT, "%14s %s (%s)%n", "", e.description(), e.repository());
        }
        active.filter(a -> ModelCatalogue.entries().stream()
                        .noneMatch(e -> home.folderOf(e).equals(a)))
                .ifPresent(a -> out.printf(Locale.ROOT, "%nIn use: %s%n", a));
        out.flush();
        return 0;
    }

    @Command(
            name = "pin",
            description = "Maintainers: print the pin (commit, files, sizes, SHA-256) of a catalogue model"
                    + " for pins.json (uses the network).")
    int pin(@Parameters(paramLabel = "ID", description = "Catalogue id, e.g. llama-3.2-1b") String id) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            CatalogueEntry e = ModelCatalogue.find(id);
            ModelPin pin = new ModelPinner(server != null ? server : ModelDownloader.HUGGING_FACE).pin(e.repository());
            out.println(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(java.util.Map.of(e.repository(), pin)));
            out.flush();
            return 0;
        } catch (FarolException | com.fasterxml.jackson.core.JsonProcessingException ex) {
            spec.commandLine().getErr().println("farol models pin: " + ex.getMessage());
            return 1;
        }
    }

    @Command(
            name = "download",
            description = "Download a catalogue model (uses the network), resuming an earlier attempt.")
    int download(@Parameters(paramLabel = "ID", description = "Catalogue id, e.g. llama-3.2-1b") String id) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            CatalogueEntry e = ModelCatalogue.find(id);
            ModelsHome home = home();
            Path target = home.folderOf(e);
            err.printf(
                    Locale.ROOT,
                    "Downloading %s (%s) from %s into %s%n",
                    e.repository(),
                    size(e.downloadBytes()),
                    server != null ? server : ModelDownloader.HUGGING_FACE,
                    target);
            long[] lastPercent = {-1};
            ModelPin pin = ModelPins.require(e);
            new ModelDownloader(server != null ? server : ModelDownloader.HUGGING_FACE)
                    .download(
                            e.repository(),
                            pin,
                            target,
                            (file, done, total) -> {
                                long pct = total == 0 ? 100 : done * 100 / total;
                                if (pct != lastPercent[0]) {
                                    lastPercent[0] = pct;
                                    err.printf(
                                            Locale.ROOT, "\r%3d%%  %s / %s  %s   ", pct, size(done), size(total), file);
                                    err.flush();
                                }
                            },
                            CancelToken.none());
            err.println();
            home.use(target);
            out.printf(Locale.ROOT, "Installed %s in %s and chose it for answers.%n", e.id(), target);
            out.flush();
            return 0;
        } catch (FarolException ex) {
            err.println();
            err.println("farol models download: " + ex.getMessage());
            return 1;
        }
    }

    @Command(name = "use", description = "Answer with a model folder you already have (Jlama-ready safetensors).")
    int use(@Parameters(paramLabel = "DIR") Path dir) {
        try {
            home().use(dir);
            LocalModelFolder.Summary s = LocalModelFolder.describe(dir);
            spec.commandLine()
                    .getOut()
                    .printf(
                            Locale.ROOT,
                            "Using %s (%s, %d layers, %s of weights%s).%n",
                            dir.toAbsolutePath(),
                            s.modelType(),
                            s.layers(),
                            size(s.weightBytes()),
                            s.chatTemplate() ? "" : ", no chat template");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (FarolException ex) {
            spec.commandLine().getErr().println("farol models use: " + ex.getMessage());
            return 1;
        }
    }

    static String size(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        return String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(bytes / 1e6)));
    }
}
