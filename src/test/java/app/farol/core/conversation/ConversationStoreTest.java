package app.farol.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationStoreTest {
    @TempDir
    Path temp;

    private static SavedConversation conversation(String id, long updated, String question) {
        return new SavedConversation(
                id,
                question,
                updated,
                List.of(new SavedConversation.Turn(
                        question,
                        "Every 90 days. [1]",
                        true,
                        false,
                        true,
                        List.of(new SavedConversation.Source(
                                1, "/docs/manual.pdf", "manual.pdf", 3, 10, 60, "Descale every 90 days.", false)))));
    }

    @Test
    void should_keep_conversations_in_private_files_newest_first_and_delete_them() throws Exception {
        ConversationStore store = new ConversationStore(temp.resolve("data").resolve("conversations"));
        assertThat(store.list()).isEmpty();
        SavedConversation older = conversation(store.newId(), 1_000, "How often do I descale?");
        store.save(older);
        SavedConversation newer = conversation(store.newId(), 2_000, "Qual é o IP da impressora?");
        assertThat(newer.id()).isNotEqualTo(older.id());
        store.save(newer);

        assertThat(new ConversationStore(store.folder()).list()).containsExactly(newer, older);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file(older.id()))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(store.file(newer.id()))).contains("\"question\" : \"Qual é o IP da impressora?\"");

        store.delete(older.id());
        assertThat(store.file(older.id())).doesNotExist();
        assertThat(store.list()).containsExactly(newer);
    }

    @Test
    void should_skip_a_damaged_file_and_refuse_an_id_that_is_a_path() throws Exception {
        ConversationStore store = new ConversationStore(temp);
        store.save(conversation("1", 5, "q"));
        Files.writeString(temp.resolve("2.json"), "{ not json");
        assertThat(store.list()).extracting(SavedConversation::id).containsExactly("1");
        assertThat(Files.readString(temp.resolve("2.json"))).isEqualTo("{ not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.file("../settings"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
