package app.farol.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's sample-docs folder and its questions.tsv. */
public final class SampleDocs {
    public static final Path FOLDER = Path.of("sample-docs").toAbsolutePath();

    /** One row of questions.tsv. */
    public record Question(String question, String file, String location, String phrase) {}

    private SampleDocs() {}

    public static List<Question> questions() {
        return questions(FOLDER.resolve("questions.tsv"));
    }

    /** The rows of a questions file laid out like questions.tsv. */
    public static List<Question> questions(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv);
            List<Question> result = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split("\t");
                result.add(new Question(c[0], c[1], c[2], c[3]));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies sample-docs (with its .farolignore) into the target folder. */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            Files.createDirectories(target);
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
