package app.farol.core.answer.extractive;

import app.farol.core.answer.Passage;
import app.farol.core.text.Language;
import app.farol.core.text.WordCoverage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the question a unit's whole document answers: the share of the question's words
 * (glossary words counting, in the document's language) that its read passages, title and file
 * name hold together. A unit rarely repeats every word of the question, its document usually
 * does: "How much are the monthly condominium fees for the rented flat?" is the contract's
 * "taxa de condomínio ... R$ 610,00", not the choir minutes' "annual fee" in the question's own
 * language, because the contract also speaks of renting and the apartment.
 */
final class DocumentCoverage {
    private DocumentCoverage() {}

    /** For each document of the passages, its share of the question's words, 0..1. */
    static Map<Path, Double> of(WordCoverage question, List<Passage> passages, Map<Path, String> texts) {
        Map<Path, Language> languages = new LinkedHashMap<>();
        for (Passage p : passages) {
            languages.putIfAbsent(p.path(), p.language());
        }
        Map<Path, Double> share = new LinkedHashMap<>();
        texts.forEach((path, text) -> share.put(path, question.in(text, languages.get(path))));
        return share;
    }

    /** Each document's title, file name and read passages as one text, documents in reading order. */
    static Map<Path, String> textsOf(List<Passage> passages) {
        Map<Path, StringBuilder> texts = new LinkedHashMap<>();
        for (Passage p : passages) {
            texts.computeIfAbsent(
                            p.path(),
                            k -> new StringBuilder(
                                    p.title() + " " + k.getFileName().toString().replaceAll("[-_.]", " ")))
                    .append(' ')
                    .append(p.text());
        }
        Map<Path, String> out = new LinkedHashMap<>();
        texts.forEach((path, text) -> out.put(path, text.toString()));
        return out;
    }
}
