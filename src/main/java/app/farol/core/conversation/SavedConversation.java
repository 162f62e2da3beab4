package app.farol.core.conversation;

import java.util.List;

/**
 * A conversation as it is kept on disk: its questions, answers and their numbered sources.
 *
 * @param id the file name without ".json": letters, digits and '-' only
 * @param title the first question, shortened, for the list of conversations
 * @param updatedMillis when the last answer was added (epoch milliseconds)
 * @param turns the exchanges, oldest first
 */
public record SavedConversation(String id, String title, long updatedMillis, List<Turn> turns) {
    public SavedConversation {
        turns = List.copyOf(turns);
    }

    /**
     * One question and its answer.
     *
     * @param answer the answer text with its [n] markers ("" when not found)
     * @param found whether the documents held the answer
     * @param byModel whether a language model wrote it
     * @param complete false when it was stopped
     */
    public record Turn(
            String question, String answer, boolean found, boolean byModel, boolean complete, List<Source> sources) {
        public Turn {
            sources = List.copyOf(sources);
        }
    }

    /** A numbered source of an answer, as {@code AskResult.Source} has it; {@code path} is absolute. */
    public record Source(
            int n, String path, String title, int page, int startOffset, int endOffset, String text, boolean scanned) {}
}
