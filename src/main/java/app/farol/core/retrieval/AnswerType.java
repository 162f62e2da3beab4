package app.farol.core.retrieval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, when its words say so: "how many", "quanto" want a
 * number; "when" wants a date, "até quando" a date that ends something. A passage that holds no such thing cannot be the
 * answer, however well its words match, so {@link HybridRetriever} lets the passages that do
 * hold one go first among close scores (the classic answer-type check of question answering).
 */
public enum AnswerType {
    // Digits, or a number written out before a unit ("seis horas", "twelve weeks"): alone, words
    // like "half" or "dez" say too little.
    NUMBER(
            Pattern.compile(
                    "\\d|\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred"
                            + "|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|cem|mil)"
                            + " (hours?|minutes?|days?|weeks?|months?|years?|times|people|metres|meters|kilometres|litres|liters|grams|kilos|euros|pounds|reais"
                            + "|horas?|minutos?|dias?|semanas?|meses|anos?|vezes|pessoas|metros|quilometros|litros|gramas|quilos)\\b")),
    DATE(Patterns.DATE),
    /** "Até quando", "until when": a date that ends something (a term, a validity, a warranty). */
    END_DATE(
            Patterns.DATE,
            Pattern.compile("\\b(termino|termina|terminar|ate|vence|vencimento|validade|valido|valida|expira|fim|final"
                    + "|encerra|end|ends|ending|until|till|expires|expiry|expiration|valid|through)\\b")),
    // A quantity in a given unit, when the question names what is measured ("how much does it
    // cost", "capacidade", "que temperatura"): a passage with just any number is not enough then.
    PERCENT(Units.PERCENT),
    TEMPERATURE(Units.TEMPERATURE),
    MONEY(Units.MONEY),
    /** A fine, a penalty, interest: an amount or a percent of one ("multa de 2%"). */
    CHARGE(Pattern.compile(Units.MONEY.pattern() + "|" + Units.PERCENT.pattern())),
    VOLUME(Units.VOLUME),
    WEIGHT(Units.WEIGHT),
    /** What something holds: litres for a tank, grams for a bean hopper. */
    CAPACITY(Units.CAPACITY),
    DURATION(Units.DURATION),
    /** How fast: km/h, mph, m/s, knots. */
    SPEED(Units.SPEED),
    /** How old someone or something is: a number of years (or months, for a child). */
    AGE(Units.AGE),
    /** How far, how long a path is: a number of kilometres, metres, miles. */
    DISTANCE(Units.DISTANCE),
    /** A tyre's or a boiler's pressure: psi, bar, kPa. */
    PRESSURE(Units.PRESSURE),
    /** How often: "every 90 days", "a cada 12 meses", "twice a week", "daily", "a rega é diária". */
    FREQUENCY(Pattern.compile("\\b(every|each|cada|once|twice|daily|weekly|fortnightly|monthly|yearly|annually|hourly"
            + "|diari[oa]s?|diariamente|semana(l|is|lmente)|quinzena(l|is|lmente)|mensa(l|is|lmente)|anua(l|is|lmente)"
            + "|todos os (dias|meses|anos)|todas as (semanas|manhas|noites)|(\\d+|duas|tres) vezes|\\d+ times)\\b"
            + "|\\b(a|per|por|ao|a cada) (day|week|month|year|dia|semana|mes|ano)\\b")),
    /** Where someone lives or something is: a street with its number, or a postcode. */
    ADDRESS(Pattern.compile("\\b(rua|avenida|av|travessa|alameda|praca|largo|estrada|rodovia|street|road|rd|avenue|ave"
            + "|lane|drive|boulevard|square)\\b\\.?\\s[^\\n]{0,60}?\\d|\\b\\d{5}-\\d{3}\\b"
            + "|\\b\\d{1,5}\\s+(\\p{L}+\\s){0,3}(street|road|avenue|lane|drive|way|boulevard)\\b")),
    ANY(null);

    /** Enum constants are built before static fields: shared patterns live here. */
    private static final class Patterns {
        static final Pattern DATE =
                // A year, but not the year part of a law's number ("Lei nº 8.245/1991").
                Pattern.compile(
                        "(?<!\\d\\.\\d{3}/)\\b(1[89]|20)\\d\\d\\b|\\b\\d{1,2}[/-]\\d{1,2}\\b|\\b(january|february|march|april"
                                + "|june|july|august|september|october|november|december|janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro"
                                + "|outubro|novembro|dezembro)\\b");
    }

    /** Units after a number (digits or a number word), in plain text (see {@link #plain}). */
    private static final class Units {
        private static final String NUMBER =
                "(\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred"
                        + "|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta|cem|mil))";

        static Pattern after(String units) {
            return Pattern.compile(NUMBER + "[\\s-]?(" + units + ")(?!\\p{L})");
        }

        static final Pattern PERCENT = Pattern.compile("\\d\\s?%|\\b(percent|per cent|por cento)\\b");
        // "º" alone is the ordinal of "art. 4º": a degree needs "°", or "º" before C or F.
        static final Pattern TEMPERATURE = Pattern.compile("\\d\\s?°|\\d\\s?º\\s?[cf]\\b|\\d (degrees|graus)\\b");
        static final Pattern MONEY = Pattern.compile(
                "(r\\$|us\\$|[£€$])\\s?\\d|\\d\\s?(€|£|euros?|reais|real|pounds|libras|dollars|dolares|cents)(?!\\p{L})");
        static final Pattern VOLUME =
                after("ml|cl|l|litres?|liters?|litros?|millilitres?|mililitros?|gallons?|galoes|cups?|xicaras?");
        static final Pattern WEIGHT =
                after("mg|g|kg|grams?|gramas?|kilos?|quilos?|kilograms?|quilogramas?|lbs?|ounces?|oz");
        static final Pattern CAPACITY = Pattern.compile(VOLUME.pattern() + "|" + WEIGHT.pattern());
        static final Pattern DISTANCE =
                after("km|m|kms|metres?|meters?|kilometres?|kilometers?|miles?|metros?|quilometros?");
        static final Pattern PRESSURE = after("psi|bar|bars|kpa|atm");
        static final Pattern SPEED = Pattern.compile(
                "\\d\\s?(km/h|kmh|mph|m/s|knots)(?!\\p{L})|\\d (kilometres|kilometers|quilometros|miles) (an|per|por) (hour|hora)");
        static final Pattern AGE = after("years?|anos?|months?|meses|yrs?");
        static final Pattern DURATION =
                after("s|min|mins|h|hrs?|seconds?|segundos?|minutes?|minutos?|hours?|horas?|days?|dias?|weeks?"
                        + "|semanas?|months?|meses|mes|years?|anos?");
    }

    /**
     * Words that name what a question measures, tried in this order ("quanto tempo e em que
     * temperatura" wants the temperature with its time). Only in questions that ask for a
     * number, or begin "what / which / qual / quais" ("What is the monthly rent?").
     */
    private static final List<Map.Entry<AnswerType, Pattern>> MEASURED = List.of(
            Map.entry(SPEED, Pattern.compile("\\b(speed|how fast|velocidade|quao rapido)\\b")),
            Map.entry(AGE, Pattern.compile("\\b(how old|quantos anos (tem|tinha|teve|tera)|que idade|idade|age)\\b")),
            Map.entry(
                    PERCENT,
                    Pattern.compile("\\b(percentage|percent|por cento|porcentagem|percentagem|by how much)\\b")),
            Map.entry(TEMPERATURE, Pattern.compile("\\b(temperature|temperatura|how hot|how cold|degrees|graus)\\b")),
            Map.entry(
                    CHARGE,
                    Pattern.compile(
                            "\\b(fine|fines|penalty|penalties|interest|late fee|multa|multas|juros|penalidade|mora)\\b")),
            Map.entry(
                    MONEY,
                    Pattern.compile(
                            "\\b(cost|costs|price|prices|priced|pay|paid|pays|fee|fees|charge|charges|spend|spent|spends"
                                    + "|rent|salary|wage|custa|custam|custou|custaram|custo|preco|paga|pagam|pago|pagou|pagar|pagamos|gasta|gastam"
                                    + "|gastou|gastamos|gastei|taxa|mensalidade|anuidade|aluguel|aluguer|salario)\\b")),
            Map.entry(
                    VOLUME,
                    Pattern.compile("\\b(volume|litres|liters|litros|how much (water|milk|liquid|oil|fuel)"
                            + "|quanta agua|quanto (leite|liquido|oleo|combustivel))\\b")),
            Map.entry(WEIGHT, Pattern.compile("\\b(how heavy|weigh|weighs|weight|peso|pesa|pesam|kilos|quilos)\\b")),
            Map.entry(CAPACITY, Pattern.compile("\\b(capacity|capacidade|fits|fit|hold|holds|cabe|cabem)\\b")),
            Map.entry(
                    PRESSURE,
                    Pattern.compile("\\b(pressure|pressao|psi|inflate|inflated|pumped|pump|calibrar|calibragem)\\b")),
            // "How long is the warranty": things that last are measured in time, not in metres.
            Map.entry(
                    DURATION,
                    Pattern.compile("\\bhow long (is|are|was|does|will) (the|a|this|that|my|your|its)\\b.*\\b(warranty"
                            + "|guarantee|contract|lease|rental|stay|trip|journey|flight|drive|course|wait|delay|break|term|period|battery life"
                            + "|shelf life|subscription|trial|cycle|programme|program|treatment|notice)\\b")),
            Map.entry(
                    DISTANCE,
                    Pattern.compile("\\b(how far|distance|distancia|length|comprimento|how long is (the|a|this|that|it)"
                            + "|que distancia|quantos (km|quilometros|metros))\\b")),
            Map.entry(
                    DURATION,
                    Pattern.compile(
                            "\\b(quanto tempo|how long (do|does|did|should|will|must|to|can)|for how long"
                                    + "|how many (minutes|hours|days|weeks|months|years)|quantos (minutos|dias|meses|anos)|quantas (horas|semanas))\\b")));

    private static final Pattern ASKS_VALUE = Pattern.compile("^(what|what's|which|qual|quais)\\b");

    private static final Pattern ASKS_END_DATE = Pattern.compile(
            "\\b(ate quando|ate que dia|ate que data|until when|valid until|vale ate" + "|valido ate|valida ate)\\b");

    private static final Pattern ASKS_DATE =
            Pattern.compile("^(when|until when|by when|by what date|what date|on what date|what day|what year"
                    + "|quando|desde quando|em que data|que dia|em que dia|em que ano)\\b"
                    + "|\\b(by what date|what date|em que data)\\b");
    private static final Pattern ASKS_NUMBER =
            Pattern.compile("^(how many|how much|how long|how far|how old|how often|how big|how heavy"
                    + "|how high|how tall|at what|quantos|quantas|quanto|quanta|qual e o valor|qual o valor"
                    + "|qual e a altura|qual a altura|de quanto|por quanto|com quantos|com quantas|em quantos|em quantas)\\b"
                    + "|\\b(how many|how much|quantos|quantas|quanto custa|quanto custou)\\b");

    private static final Pattern ASKS_FREQUENCY = Pattern.compile(
            "\\b(how often|how frequently|com que frequencia"
                    + "|de quanto em quanto tempo|quantas vezes por (dia|semana|mes|ano)|how many times (a|per) (day|week|month|year))\\b");

    private static final Pattern ASKS_ADDRESS = Pattern.compile("\\b(address|endereco|morada|what street|which street"
            + "|em que rua|qual rua|where (do|does|did) \\p{L}+ live|onde (mora|moram|morava|moravam))\\b");

    /** An address that is no place: "the printer's IP address", "endereço de e-mail". */
    private static final Pattern OTHER_ADDRESS = Pattern.compile(
            "\\b(ip|e-?mail|mac|web|internet|ipv[46])\\s+address|\\bendereco\\s+(de\\s+)?(ip|e-?mail|mac|web|eletronico)\\b");

    private final Pattern evidence;
    private final Pattern alsoNeeded;

    AnswerType(Pattern evidence) {
        this(evidence, null);
    }

    AnswerType(Pattern evidence, Pattern alsoNeeded) {
        this.evidence = evidence;
        this.alsoNeeded = alsoNeeded;
    }

    public static AnswerType of(String question) {
        String q = plain(question).strip();
        if (ASKS_END_DATE.matcher(q).find()) {
            return END_DATE;
        }
        if (ASKS_DATE.matcher(q).find()) {
            return DATE;
        }
        if (ASKS_FREQUENCY.matcher(q).find()) {
            return FREQUENCY;
        }
        if (ASKS_ADDRESS.matcher(q).find() && !OTHER_ADDRESS.matcher(q).find()) {
            return ADDRESS;
        }
        boolean asksNumber = ASKS_NUMBER.matcher(q).find();
        if (asksNumber || ASKS_VALUE.matcher(q).find()) {
            for (Map.Entry<AnswerType, Pattern> measured : MEASURED) {
                if (measured.getValue().matcher(q).find()) {
                    return measured.getKey();
                }
            }
        }
        return asksNumber ? NUMBER : ANY;
    }

    /** Whether the passage holds something of this kind (always true for {@link #ANY}). */
    public boolean foundIn(String passage) {
        if (evidence == null) {
            return true;
        }
        String text = plain(passage);
        return evidence.matcher(text).find()
                && (alsoNeeded == null || alsoNeeded.matcher(text).find());
    }

    /**
     * Whether the passage may answer a question of this kind, for the relevance gate: as
     * {@link #foundIn}, except that "how long is the ..." (DISTANCE) may also be a duration
     * ("How long is the warranty?" wants years, "How long is the Old Quarry Loop?" kilometres).
     */
    public boolean mayAnswerIn(String passage) {
        return foundIn(passage) || (this == DISTANCE && DURATION.foundIn(passage));
    }

    /** Lower case without accents, so "Até" and "ate", "março" and "marco" are alike. */
    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
