package app.farol.cli;

import app.farol.core.util.FarolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks of what a person typed, made before a command reads or writes anything, so that a wrong
 * folder or number is a one-line error that names it rather than an empty result.
 */
final class Arguments {
    private Arguments() {}

    /** Each path must be a folder this process can list. */
    static void folders(List<Path> folders) {
        folders.forEach(Arguments::folder);
    }

    static void folder(Path folder) {
        if (Files.isRegularFile(folder)) {
            throw new FarolException("not a folder: " + folder + " (give the folder that holds it)");
        }
        if (!Files.isDirectory(folder)) {
            throw new FarolException("folder not found: " + folder);
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            throw new FarolException("cannot read the folder: " + folder + " (permission denied)");
        }
    }

    /** An index folder to open: it may not exist yet, but it may not be a file. */
    static void indexFolder(Path index) {
        if (Files.exists(index) && !Files.isDirectory(index)) {
            throw new FarolException("not an index folder: " + index + " is a file (give --index a folder)");
        }
    }

    static int between(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new FarolException(option + " must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }

    static double positive(String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new FarolException(option + " must be a number above 0 (got " + value + ")");
        }
        return value;
    }
}
