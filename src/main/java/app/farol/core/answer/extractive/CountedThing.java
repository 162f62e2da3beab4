package app.farol.core.answer.extractive;

import app.farol.core.text.Glossary;
import app.farol.core.text.Language;
import app.farol.core.text.Terms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a "how many" question counts ("How many moons ..." counts moons, "Quantas caixas ..."
 * boxes): a passage answers it only with a number of those ("42 caixas", "four largest moons"),
 * not with any number. Generic counts ("how many people", "quantas vezes") are left to the plain
 * number check, since the answer names who was counted ("64 students").
 */
public final class CountedThing {
    private static final Pattern ASKS = Pattern.compile("\\b(how many|quantos|quantas)\\s+(\\p{L}+)");
    private static final Set<String> GENERIC =
            Set.of("people", "person", "persons", "time", "times", "of", "pessoas", "vezes", "dos", "das", "de");
    private static final String NUMBER =
            "(\\d[\\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
                    + "|fifty|hundred|thousand|million|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|vinte|trinta|cem|mil|milhoes)";

    private CountedThing() {}

    /** The counted word's stem, when the question counts something specific. */
    public static Optional<String> of(String question) {
        Matcher m = ASKS.matcher(plain(question));
        if (!m.find() || GENERIC.contains(m.group(2))) {
            return Optional.empty();
        }
        Set<String> stem = Terms.of(m.group(2));
        return stem.isEmpty() ? Optional.empty() : Optional.of(stem.iterator().next());
    }

    /**
     * What a unit must hold to give the count the question asks for, when it asks one: a number
     * of the counted thing, or for "how many people" a number of people of any kind ("64 healthy
     * undergraduate students"). Empty for any other question.
     *
     * @param language the question's language
     */
    public static Optional<Predicate<String>> answer(String question, Language language) {
        Optional<String> counted = of(question);
        if (counted.isPresent()) {
            List<Pattern> counts = patterns(forms(question, language)); // compiled once, tried on every unit
            return Optional.of(text -> anyFinds(counts, plain(text)));
        }
        Matcher m = ASKS.matcher(plain(question));
        if (m.find() && PEOPLE.contains(m.group(2))) {
            return Optional.of(text -> COUNTED_PEOPLE.matcher(plain(text)).find());
        }
        return Optional.empty();
    }

    private static final Set<String> PEOPLE = Set.of("people", "person", "persons", "pessoas");
    /** A number at most two words before a word for people. */
    private static final Pattern COUNTED_PEOPLE = Pattern.compile("(?<![\\p{L}\\d])" + NUMBER
            + "(\\s+\\p{L}+){0,2}\\s+(people|persons|participants|students|adults|children|patients|volunteers"
            + "|subjects|members|employees|workers|men|women|pessoas|participantes|alunos|alunas|estudantes|adultos"
            + "|criancas|pacientes|voluntarios|membros|funcionarios|homens|mulheres)\\b");

    /** Whether the text gives a number of the counted thing: a number at most two words before it. */
    public static boolean countedIn(String stem, String text) {
        return countedIn(List.of(stem), text);
    }

    /** Whether the text gives a number of any of the forms of the counted thing. */
    public static boolean countedIn(List<String> forms, String text) {
        return anyFinds(patterns(forms), plain(text));
    }

    /** For each form, a number at most two words before it. */
    private static List<Pattern> patterns(List<String> forms) {
        List<Pattern> patterns = new ArrayList<>();
        for (String form : forms) {
            patterns.add(Pattern.compile(
                    "(?<![\\p{L}\\d])" + NUMBER + "(\\s+\\p{L}+){0,2}\\s+" + Pattern.quote(form) + "\\p{L}{0,3}\\b"));
        }
        return patterns;
    }

    private static boolean anyFinds(List<Pattern> patterns, String plain) {
        for (Pattern p : patterns) {
            if (p.matcher(plain).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counted thing's stem and the glossary's words for it in both languages ("boxes" is
     * also "caixa", "estudantes" also "student"), so that a count in the other language's
     * document is one too. Empty when the question counts nothing specific.
     */
    public static List<String> forms(String question, Language language) {
        Optional<String> counted = of(question);
        if (counted.isEmpty()) {
            return List.of();
        }
        Matcher m = ASKS.matcher(plain(question));
        m.find();
        List<String> forms = new ArrayList<>(List.of(counted.get()));
        for (Glossary.Alternatives a : Glossary.get().alternatives(m.group(2), language)) {
            a.english().forEach(w -> forms.add(plain(w.text())));
            a.portuguese().forEach(w -> forms.add(plain(w.text())));
        }
        return List.copyOf(forms);
    }

    private static String plain(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
