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
    /**
     * A place the walk could not read.
     *
     * @param reason why, as data (its kind and details)
     * @param unseen whether what lies at or under this path was not seen now (a folder it may not
     *     open, a broken link, a name it cannot decode): files known there must not be taken as gone
     */
    public record Problem(Path path, Reason reason, boolean unseen) {
        public Problem(Path path, Reason reason) {
            this(path, reason, false);
        }

        public ReasonKind kind() {
            return reason.kind();
        }
    }

    /** The paths under which the walk saw nothing now, so that nothing known there counts as deleted. */
    public List<Path> unseen() {
        return problems.stream().filter(Problem::unseen).map(Problem::path).toList();
    }
}
