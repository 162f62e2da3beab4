package app.farol.core.retrieval;

import java.nio.file.Path;
import java.util.List;

/**
 * What to search for.
 *
 * @param query the user's words
 * @param k how many hits to return
 * @param folders keep only files below one of these folders; empty means all
 * @param fileTypes keep only these file types (lower-case extensions such as "pdf"); empty means all
 */
public record SearchRequest(String query, int k, List<Path> folders, List<String> fileTypes) {
    public SearchRequest {
        folders = List.copyOf(folders);
        fileTypes = List.copyOf(fileTypes);
    }

    public static SearchRequest of(String query, int k) {
        return new SearchRequest(query, k, List.of(), List.of());
    }
}
