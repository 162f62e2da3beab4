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
 * @param snippets whether hits carry a snippet with the words marked; the answer path reads the
 *     passages, never their snippets, and is spared making them
 */
public record SearchRequest(Question question, int k, List<Path> folders, List<String> fileTypes, boolean snippets) {
    public SearchRequest {
        folders = List.copyOf(folders);
        fileTypes = List.copyOf(fileTypes);
    }

    /** A request whose hits carry snippets. */
    public SearchRequest(Question question, int k, List<Path> folders, List<String> fileTypes) {
        this(question, k, folders, fileTypes, true);
    }

    /** A request for the user's words, read here, whose hits carry snippets. */
    public SearchRequest(String query, int k, List<Path> folders, List<String> fileTypes) {
        this(Question.of(query), k, folders, fileTypes);
    }

    /** The user's words. */
    public String query() {
        return question.text();
    }

    /** The same request, its hits without snippets (their snippet is empty). */
    public SearchRequest withoutSnippets() {
        return new SearchRequest(question, k, folders, fileTypes, false);
    }

    public static SearchRequest of(String query, int k) {
        return new SearchRequest(query, k, List.of(), List.of());
    }

    public static SearchRequest of(Question question, int k) {
        return new SearchRequest(question, k, List.of(), List.of());
    }
}
