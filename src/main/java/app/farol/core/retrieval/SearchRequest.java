package app.farol.core.retrieval;

import java.nio.file.Path;
import java.util.List;

/**
 * What to search for.
 *
 * @param question the user's words, read once ({@link Question})
 * @param k how many hits to return
 * @param folders keep only files below one of these folders; empty means all
 * @param fileTypes keep only these file types (lower-case extensions such as "pdf"); empty means all
 */
public record SearchRequest(Question question, int k, List<Path> folders, List<String> fileTypes) {
    public SearchRequest {
        folders = List.copyOf(folders);
        fileTypes = List.copyOf(fileTypes);
    }

    /** A request for the user's words, read here. */
    public SearchRequest(String query, int k, List<Path> folders, List<String> fileTypes) {
        this(Question.of(query), k, folders, fileTypes);
    }

    /** The user's words. */
    public String query() {
        return question.text();
    }

    public static SearchRequest of(String query, int k) {
        return new SearchRequest(query, k, List.of(), List.of());
    }

    public static SearchRequest of(Question question, int k) {
        return new SearchRequest(question, k, List.of(), List.of());
    }
}
