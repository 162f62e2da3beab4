package app.farol.core.store;

import java.util.List;

/**
 * Restricts a search to files below some folders and of some types; empty lists mean "all".
 *
 * @param folders absolute folder paths as strings
 * @param types lower-case file extensions
 */
public record PassageFilter(List<String> folders, List<String> types) {
    public static final PassageFilter NONE = new PassageFilter(List.of(), List.of());

    public PassageFilter {
        folders = List.copyOf(folders);
        types = List.copyOf(types);
    }

    public boolean isEmpty() {
        return folders.isEmpty() && types.isEmpty();
    }
}
