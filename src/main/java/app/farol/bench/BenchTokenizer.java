package app.farol.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A tokenizer {@link RandomModelWriter} writes beside a random model's weights. */
public interface BenchTokenizer {

    /** Ids the vocabulary uses: the model's vocabulary must be at least this large. */
    int size();

    int bosId();

    /** Tokens that end a reply. */
    List<Integer> endTokenIds();

    /** Writes {@code tokenizer.json} and {@code tokenizer_config.json} into the folder. */
    void writeTo(Path folder) throws IOException;

    /** A short name for reports ({@code tiny}, {@code cl100k}). */
    String name();
}
