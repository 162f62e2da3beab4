package app.farol.core.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What a walk of the library found.
 *
 * @param files every regular file to consider, each once
 * @param problems places the walk could not enter, with the reason (a folder it may not read, a
 *     symbolic link loop)
 */
public record ScanResult(List<ScannedFile> files, List<Problem> problems) {
    public record Problem(Path path, String reason) {}
}
