package app.farol.core.answer.service;

import app.farol.core.text.Language;

/**
 * The few sentences the answer path writes itself, in the language of the question as {@link
 * app.farol.core.retrieval.Question} read it: Portuguese for a Portuguese question, English
 * otherwise (also when unsure).
 */
public final class Messages {
    private Messages() {}

    public static String notFound(Language questionLanguage) {
        return questionLanguage == Language.PORTUGUESE
                ? "Não encontrado nos seus documentos. Estes são os trechos mais próximos:"
                : "Not found in your documents. These are the closest passages:";
    }
}
