package app.farol.core.conversation;

import app.farol.core.util.AtomicFiles;
import app.farol.core.util.FarolException;
import app.farol.core.util.PrivateFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Past conversations, one JSON file each ({@code <id>.json}) in a folder of the user's data folder
 * ({@code conversations}). They hold questions and passages of the user's documents, so the folder
 * is 0700 and every file 0600; saves are atomic ({@link AtomicFiles}). A file that does not read
 * is skipped in the list and left as it is. Methods do file I/O: call them off the event thread.
 * Thread-safe as far as the file system is: each save replaces one file as a whole.
 */
public final class ConversationStore {
    private static final Logger LOG = LoggerFactory.getLogger(ConversationStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,80}");

    private final Path folder;

    public ConversationStore(Path folder) {
        this.folder = folder;
    }

    /** The folder the conversations are in (it may not exist before the first save). */
    public Path folder() {
        return folder;
    }

    /** A new id, unique in this folder: the time it was made, to the millisecond. */
    public String newId() {
        long now = System.currentTimeMillis();
        String id = Long.toString(now);
        for (int i = 1; Files.exists(file(id)); i++) {
            id = now + "-" + i;
        }
        return id;
    }

    /** Every conversation that reads, the most recently updated first. */
    public List<SavedConversation> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<SavedConversation> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .toList()) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new FarolException("Could not list the conversations in " + folder + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparingLong(SavedConversation::updatedMillis).reversed());
        return out;
    }

    /** Saves (or replaces) the conversation; when this returns, the file holds it. */
    public void save(SavedConversation c) {
        try {
            PrivateFiles.createFolders(folder);
            AtomicFiles.write(
                    file(c.id()), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(c));
        } catch (IOException e) {
            throw new FarolException("Could not save the conversation in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the conversation's file; a conversation already gone is not an error. */
    public void delete(String id) {
        try {
            Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new FarolException("Could not delete " + file(id) + ": " + e.getMessage(), e);
        }
    }

    /** The file of a conversation. */
    public Path file(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a conversation id: " + id);
        }
        return folder.resolve(id + ".json");
    }

    private static Optional<SavedConversation> read(Path f) {
        try {
            return Optional.of(JSON.readValue(f.toFile(), SavedConversation.class));
        } catch (IOException e) {
            LOG.warn("Skipping a conversation that does not read: {} ({})", f, e.getMessage());
            return Optional.empty();
        }
    }
}
