package app.farol.core.answer.extractive;

import app.farol.core.retrieval.AnswerType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exact words that answer a question of a kind (an amount, a date, a duration, an age, a
 * count, a name, a place) inside the first unit of an answer: "two years" in "The machine has a
 * warranty of two years from the date of purchase [1]". What the desktop shows in bold and
 * {@code ask --json} gives as {@code answer_span}. Stateless.
 */
public final class AnswerSpan {
    /** A range [start, end) of the answer's text. */
    public record Span(int start, int end) {}

    private static final String NUM =
            "(?:\\d+(?:[.,]\\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
                    + "|thirty|forty|fifty|hundred|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta"
                    + "|quarenta|cinquenta|cem|mil)";
    /** A number or a range of them: "2", "1,5", "two to three", "10-15". */
    private static final String NUMS = NUM + "(?:\\s?(?:-|–|to|a|ou|or|e|and)\\s?" + NUM + ")?";

    private static Pattern units(String units) {
        return Pattern.compile("\\b" + NUMS + "[\\s-]?(?:" + units + ")(?!\\p{L})");
    }

    private static final String MONTHS =
            "january|february|march|april|may|june|july|august|september|october|november|december|janeiro"
                    + "|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro";
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}(?:º|o)?\\s(?:de\\s)?(?:" + MONTHS
            + ")(?:,?\\s(?:de\\s)?\\d{4})?\\b"
            + "|\\b(?:" + MONTHS
            + ")\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:" + MONTHS + ")\\s(?:de\\s)?\\d{4}\\b|\\b(?:1[89]|20)\\d\\d\\b");
    private static final Pattern MONEY =
            Pattern.compile("(?:r\\$|us\\$|[£€$])\\s?\\d+(?:[.,]\\d+)*|\\b\\d+(?:[.,]\\d+)*\\s?(?:€|£|euros?|reais"
                    + "|real|pounds|libras|dollars|dolares|cents)(?!\\p{L})");
    private static final Pattern PERCENT = Pattern.compile("\\b" + NUMS + "\\s?(?:%|percent|per cent|por cento)");
    private static final Pattern DURATION =
            units("s|min|mins|h|hrs?|seconds?|segundos?|minutes?|minutos?|hours?|horas?|days?|dias?"
                    + "|weeks?|semanas?|months?|meses|mes|years?|anos?");
    private static final Pattern AGE = units("years? old|years?|anos de idade|anos|months? old|meses");
    private static final Pattern TEMPERATURE =
            Pattern.compile("\\b" + NUMS + "\\s?(?:°\\s?[cf]?|º\\s?[cf]\\b|degrees(?: celsius)?|graus)");
    private static final Pattern VOLUME =
            units("ml|cl|l|litres?|liters?|litros?|millilitres?|mililitros?|gallons?|galoes|cups?|xicaras?");
    private static final Pattern WEIGHT =
            units("mg|g|kg|grams?|gramas?|kilos?|quilos?|kilograms?|quilogramas?|lbs?|ounces?|oz");
    private static final Pattern DISTANCE =
            units("km|m|kms|metres?|meters?|kilometres?|kilometers?|miles?|metros?|quilometros?");
    private static final Pattern PRESSURE = units("psi|bar|bars|kpa|atm");
    private static final Pattern NUMBER = Pattern.compile("\\b" + NUMS + "\\b");

    private static final Pattern ASKS_AGE =
            Pattern.compile("\\b(how old|what age|at what age|que idade|qual a idade|qual e a idade"
                    + "|idade minima|minimum age|quantos anos tem)\\b");
    private static final Pattern ASKS_LENGTH_OF_TIME = Pattern.compile("\\bhow long\\b");
    private static final Pattern ASKS_NAME =
            Pattern.compile("^(who|whom|whose|quem)\\b|\\b(what is the name|what's the name|qual e o nome"
                    + "|qual o nome|como se chama|who is|quem e)\\b");
    private static final Pattern ASKS_PLACE =
            Pattern.compile("^(where|onde|aonde)\\b|\\b(which|what|que|qual|em que|in which|in what)"
                    + " (city|town|country|place|island|street|cidade|pais|lugar|local|ilha|rua|bairro)\\b");
    private static final Pattern MARKER = Pattern.compile("\\[\\d+]");
    /** A run of capitalised words, with the small words names keep inside ("Maria da Silva", "Ponta Delgada"). */
    private static final Pattern PROPER = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|da|do|das|dos|e|van|von|del|la|of)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");

    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "at", "to", "from", "near", "em", "no", "na", "nos", "nas", "para", "de", "do", "da", "perto");

    private AnswerSpan() {}

    /** The span answering {@code question} inside the first unit of {@code answer}, if the question asks for a kind of thing and the unit holds one. */
    public static Optional<Span> of(String question, String answer) {
        String q = plain(question).strip();
        int end = firstUnitEnd(answer);
        String unit = answer.substring(0, end);
        String flat = plain(unit);
        for (Pattern p : patterns(q)) {
            Matcher m = p.matcher(flat);
            if (m.find()) {
                return Optional.of(new Span(m.start(), m.end()));
            }
        }
        if (ASKS_NAME.matcher(q).find()) {
            return proper(unit, q, false);
        }
        if (ASKS_PLACE.matcher(q).find()) {
            return proper(unit, q, true);
        }
        return Optional.empty();
    }

    /** The first unit: up to its citation marker, or the first sentence when there is none. */
    private static int firstUnitEnd(String answer) {
        Matcher m = MARKER.matcher(answer);
        if (m.find()) {
            return m.start();
        }
        List<Sentences.Sentence> s = Sentences.split(answer);
        return s.isEmpty() ? answer.length() : s.getFirst().end();
    }

    private static List<Pattern> patterns(String q) {
        List<Pattern> out = new ArrayList<>();
        if (ASKS_AGE.matcher(q).find()) {
            out.add(AGE);
            return out;
        }
        AnswerType type = AnswerType.of(q);
        if (ASKS_LENGTH_OF_TIME.matcher(q).find() && (type == AnswerType.DISTANCE || type == AnswerType.NUMBER)) {
            out.add(DURATION); // "how long is the warranty": a time, unless the unit gives a length
        }
        switch (type) {
            case DATE, END_DATE -> out.add(DATE);
            case PERCENT -> out.add(PERCENT);
            case TEMPERATURE -> out.add(TEMPERATURE);
            case MONEY -> out.add(MONEY);
            case CHARGE -> {
                out.add(MONEY);
                out.add(PERCENT);
            }
            case VOLUME -> out.add(VOLUME);
            case WEIGHT -> out.add(WEIGHT);
            case CAPACITY -> {
                out.add(VOLUME);
                out.add(WEIGHT);
            }
            case DURATION -> out.add(DURATION);
            case DISTANCE -> out.add(DISTANCE);
            case PRESSURE -> out.add(PRESSURE);
            case NUMBER, FREQUENCY -> { // "every 90 days": the number is what is marked
                out.add(MONEY);
                out.add(NUMBER);
            }
            case ANY -> {}
        }
        return out;
    }

    /** The first name (or place) in the unit that the question does not already say. */
    private static Optional<Span> proper(String unit, String plainQuestion, boolean place) {
        Matcher m = PROPER.matcher(unit);
        while (m.find()) {
            String words = plain(m.group());
            boolean new_ = false;
            for (String w : words.split("\\s+")) {
                if (w.length() > 2 && !plainQuestion.contains(w.replaceAll("[.'’-]+$", ""))) {
                    new_ = true;
                }
            }
            boolean sentenceStart =
                    m.start() == 0 || unit.substring(0, m.start()).strip().matches(".*[.:;!?]$");
            boolean single = !m.group().contains(" ");
            if (!new_ || (sentenceStart && single)) {
                continue;
            }
            if (place && !afterPreposition(unit, m.start()) && single) {
                continue;
            }
            int end = m.end();
            while (end > m.start() + 1 && ".'’-".indexOf(unit.charAt(end - 1)) >= 0) {
                end--; // "Ponta Delgada." ends a sentence; the name does not
            }
            return Optional.of(new Span(m.start(), end));
        }
        return Optional.empty();
    }

    private static boolean afterPreposition(String unit, int at) {
        String[] before = unit.substring(0, at).strip().split("\\s+");
        return before.length > 0 && PLACE_PREPOSITIONS.contains(before[before.length - 1].toLowerCase(Locale.ROOT));
    }

    /** Lower case without accents, one character for one, so offsets in it are offsets in the text. */
    static String plain(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            b.append(d.length() == 1 ? d.charAt(0) : Character.toLowerCase(c));
        }
        return b.toString();
    }
}
