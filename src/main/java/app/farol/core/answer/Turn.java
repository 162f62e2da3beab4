package app.farol.core.answer;

/**
 * One earlier exchange of a conversation.
 *
 * @param question what the user typed
 * @param standaloneQuestion the question rewritten to stand on its own (what was searched for)
 * @param answer the answer text that was shown
 */
public record Turn(String question, String standaloneQuestion, String answer) {}
