package app.farol.core.answer.llm;

/**
 * What the model reads: fixed instructions (the system message, the same for every question, so
 * an engine may process them once and reuse them) and the user message (passages and question).
 */
public record ChatPrompt(String instructions, String userMessage) {}
