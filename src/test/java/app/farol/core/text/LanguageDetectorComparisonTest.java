package app.farol.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Farol's function-word detector against Lingua, a well-kept statistical one, on the questions
 * the project has with a known language: the 50 sample questions (26 English, 24 Portuguese),
 * the 22 held-out cross-language ones and the 48 off-topic ones. Decision 0073 keeps Farol's own
 * as long as it reads these as well as Lingua limited to English and Portuguese; the counts are
 * printed for the record ({@code mvn -o -Dtest=LanguageDetectorComparisonTest test}).
 */
@Tag("slow")
class LanguageDetectorComparisonTest {
    private record Question(String text, String language) {}

    @Test
    void should_read_the_language_of_short_questions_as_well_as_lingua() throws IOException {
        List<Question> questions = questions();
        com.github.pemistahl.lingua.api.LanguageDetector enPt = LanguageDetectorBuilder.fromLanguages(
                        Language.ENGLISH, Language.PORTUGUESE)
                .build();
        com.github.pemistahl.lingua.api.LanguageDetector all =
                LanguageDetectorBuilder.fromAllLanguages().build();

        long ours = right(questions, q -> LanguageDetector.detectShort(q).code());
        long linguaEnPt = right(questions, q -> code(enPt.detectLanguageOf(q)));
        long linguaAll = right(questions, q -> code(all.detectLanguageOf(q)));
        System.out.printf(
                Locale.ROOT,
                "language of %d questions: Farol %d, Lingua (English and Portuguese) %d, Lingua (all languages) %d%n",
                questions.size(),
                ours,
                linguaEnPt,
                linguaAll);

        assertThat(questions).hasSize(120);
        assertThat(ours).isGreaterThanOrEqualTo(linguaEnPt).isEqualTo(questions.size());
    }

    private static long right(List<Question> questions, Function<String, String> detector) {
        return questions.stream()
                .filter(q -> detector.apply(q.text()).equals(q.language()))
                .count();
    }

    private static String code(Language language) {
        return switch (language) {
            case ENGLISH -> app.farol.core.text.Language.ENGLISH.code();
            case PORTUGUESE -> app.farol.core.text.Language.PORTUGUESE.code();
            default -> app.farol.core.text.Language.OTHER.code();
        };
    }

    private static List<Question> questions() throws IOException {
        List<Question> out = new ArrayList<>();
        // sample-docs/questions.tsv: the English questions first (26), then the Portuguese ones
        List<String> sample = Files.readAllLines(Path.of("sample-docs/questions.tsv"));
        for (int i = 1; i < sample.size(); i++) {
            out.add(new Question(sample.get(i).split("\t")[0], i <= 26 ? "en" : "pt"));
        }
        // the held-out cross-language questions: 13 English, then 9 Portuguese
        List<String> cross = lines("/app/farol/core/index/cross-language-questions.tsv");
        for (int i = 1; i < cross.size(); i++) {
            out.add(new Question(cross.get(i).split("\t")[0], i <= 13 ? "en" : "pt"));
        }
        // the off-topic questions name their language
        List<String> offTopic = lines("/app/farol/bench/off-topic-questions.tsv");
        for (int i = 1; i < offTopic.size(); i++) {
            String[] fields = offTopic.get(i).split("\t");
            out.add(new Question(fields[0], fields[1]));
        }
        return out;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(LanguageDetectorComparisonTest.class.getResourceAsStream(resource))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
