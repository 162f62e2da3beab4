package app.farol.core.retrieval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, when its words say so: "how many", "quanto" want a
 * number; "when" wants a date, "até quando" a date that ends something. A passage that holds no such thing cannot be the
 * answer, however well its words match, so {@link HybridRetriever} lets the passages that do
 * hold one go first among close scores (the classic answer-type check of question answering).
 */
enum AnswerType {
    // Digits, or a number written out before a unit ("seis horas", "twelve weeks"): alone, words
    // like "half" or "dez" say too little.
    NUMBER(Pattern.compile("\\d|\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
            + "|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|cem|mil)"
            + " (hours?|minutes?|days?|weeks?|months?|years?|times|people|metres|meters|kilometres|litres|liters|grams|kilos|euros|pounds|reais"
            + "|horas?|minutos?|dias?|semanas?|meses|anos?|vezes|pessoas|metros|quilometros|litros|gramas|quilos)\\b")),
    DATE(Patterns.DATE),
    /** "Até quando", "until when": a date that ends something (a term, a validity, a warranty). */
    END_DATE(Patterns.DATE, Pattern.compile("\\b(termino|termina|terminar|ate|vence|vencimento|validade|valido|valida|expira|fim|final"
            + "|encerra|end|ends|ending|until|till|expires|expiry|expiration|valid|through)\\b")),
    ANY(null);

    /** Enum constants are built before static fields: shared patterns live here. */
    private static final class Patterns {
        static final Pattern DATE = Pattern.compile("\\b(1[89]|20)\\d\\d\\b|\\b\\d{1,2}[/-]\\d{1,2}\\b|\\b(january|february|march|april"
                + "|june|july|august|september|october|november|december|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro"
                + "|outubro|novembro|dezembro)\\b");
    }

    private static final Pattern ASKS_END_DATE = Pattern.compile("\\b(ate quando|ate que dia|ate que data|until when|valid until|vale ate"
            + "|valido ate|valida ate)\\b");

    private static final Pattern ASKS_DATE = Pattern.compile("^(when|until when|by when|by what date|what date|on what date|what day|what year"
            + "|quando|desde quando|em que data|que dia|em que dia|em que ano)\\b"
            + "|\\b(by what date|what date|em que data)\\b");
    private static final Pattern ASKS_NUMBER = Pattern.compile("^(how many|how much|how long|how far|how old|how often|how big|how heavy"
            + "|how high|how tall|at what|what percentage|what is the price|quantos|quantas|quanto|quanta|qual e o valor|qual o valor"
            + "|qual e a altura|qual a altura|de quanto|por quanto|com quantos|com quantas|em quantos|em quantas)\\b"
            + "|\\b(how many|how much|quantos|quantas|quanto custa|quanto custou)\\b");

    private final Pattern evidence;
    private final Pattern alsoNeeded;

    AnswerType(Pattern evidence) {
        this(evidence, null);
    }

    AnswerType(Pattern evidence, Pattern alsoNeeded) {
        this.evidence = evidence;
        this.alsoNeeded = alsoNeeded;
    }

    static AnswerType of(String question) {
        String q = plain(question).strip();
        if (ASKS_END_DATE.matcher(q).find()) {
            return END_DATE;
        }
        if (ASKS_DATE.matcher(q).find()) {
            return DATE;
        }
        if (ASKS_NUMBER.matcher(q).find()) {
            return NUMBER;
        }
        return ANY;
    }

    /** Whether the passage holds something of this kind (always true for {@link #ANY}). */
    boolean foundIn(String passage) {
        if (evidence == null) {
            return true;
        }
        String text = plain(passage);
        return evidence.matcher(text).find() && (alsoNeeded == null || alsoNeeded.matcher(text).find());
    }

    /** Lower case without accents, so "Até" and "ate", "março" and "marco" are alike. */
    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
