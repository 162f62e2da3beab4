package app.farol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A folder's questions.tsv (question, expected phrase, expected file; a header line first), as the benches read it. */
final class QuestionSet {
    private QuestionSet() {}

    static List<String[]> of(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("questions.tsv")).stream()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t"))
                .toList();
    }
}
