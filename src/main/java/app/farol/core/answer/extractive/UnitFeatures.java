package app.farol.core.answer.extractive;

/**
 * What the extractive answer knows of one candidate unit when it ranks it: the signals its score
 * is made of, kept so that a benchmark can print them (to choose and check the weights).
 *
 * @param cosine MiniLM cosine between the question and the unit
 * @param overlap share of the question's words the unit holds (glossary words when across languages)
 * @param coverage share of the question's words the unit holds, glossary words always counting
 * @param typed whether the unit holds the kind of thing the question asks for
 * @param typedQuestion whether the question asks for a kind of thing at all
 * @param passageRank the rank of the unit's passage among the passages read, from 0
 * @param acrossLanguages whether the unit is in another language than the question
 * @param englishQuestion whether the question is in English
 * @param words the unit's length in words
 * @param named share of the things the question names that the unit's document names (1 when it names none)
 * @param phrases pairs of question words side by side in the question and in the unit
 * @param total whether the question asks for a total and the unit is a total's line
 * @param previous share of the question's words in the sentence before, when the unit opens with a pronoun
 * @param document share of the question's words the unit's whole document holds ({@link DocumentCoverage})
 */
public record UnitFeatures(
        double cosine,
        double overlap,
        double coverage,
        boolean typed,
        boolean typedQuestion,
        int passageRank,
        boolean acrossLanguages,
        boolean englishQuestion,
        int words,
        double named,
        int phrases,
        boolean total,
        double previous,
        double document) {}
