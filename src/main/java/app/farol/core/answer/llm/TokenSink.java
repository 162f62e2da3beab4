package app.farol.core.answer.llm;

/** Receives generated text as it is produced, on the generating thread. */
@FunctionalInterface
public interface TokenSink {
    void onText(String text);
}
