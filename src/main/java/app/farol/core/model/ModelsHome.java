package app.farol.core.model;

import app.farol.core.util.AtomicFiles;
import app.farol.core.util.FarolException;
import app.farol.core.util.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The models folder (a setting: the {@code farol.models} system property or the
 * {@code FAROL_MODELS} environment variable, else {@code ~/.farol/models}) and the model chosen
 * for answering, recorded in its {@code active-model} file. Not thread-safe for writes.
 */
public final class ModelsHome {
    static final String ACTIVE = "active-model";
    private final Path folder;

    public ModelsHome(Path folder) {
        this.folder = folder;
    }

    public static ModelsHome fromSettings() {
        String p = System.getProperty("farol.models", System.getenv("FAROL_MODELS"));
        return new ModelsHome(
                p != null && !p.isBlank() ? Path.of(p) : Path.of(System.getProperty("user.home"), ".farol", "models"));
    }

    public Path folder() {
        return folder;
    }

    /** Where a catalogue model is (or would be) stored. */
    public Path folderOf(CatalogueEntry e) {
        return folder.resolve(e.folderName());
    }

    /** The model chosen with {@link #use}, or the first complete catalogue model present. */
    public Optional<Path> activeModel() {
        Path marker = folder.resolve(ACTIVE);
        try {
            if (Files.isRegularFile(marker)) {
                Path p =
                        Path.of(Files.readString(marker, StandardCharsets.UTF_8).strip());
                if (LocalModelFolder.problems(p).isEmpty()) {
                    return Optional.of(p);
                }
            }
        } catch (IOException e) {
            // fall through to the catalogue
        }
        return ModelCatalogue.entries().stream()
                .map(this::folderOf)
                .filter(p -> LocalModelFolder.problems(p).isEmpty())
                .findFirst();
    }

    /**
     * Records {@code modelFolder} (a folder the user already has, or a downloaded one) as the
     * model to answer with.
     *
     * @throws FarolException when the folder is not a usable model
     */
    public void use(Path modelFolder) {
        Path abs = modelFolder.toAbsolutePath().normalize();
        LocalModelFolder.requireUsable(abs);
        try {
            PrivateFiles.createFolders(folder);
            AtomicFiles.write(folder.resolve(ACTIVE), (abs + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FarolException("Could not record the model choice in " + folder + ": " + e.getMessage(), e);
        }
    }
}
