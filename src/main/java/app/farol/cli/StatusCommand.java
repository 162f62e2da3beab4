package app.farol.cli;

import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.StoreStats;
import app.farol.core.util.DisplayNames;
import app.farol.workspace.StoreLocation;
import app.farol.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code farol status [--index DIR] [--json]} */
@Command(name = "status", description = "What the index holds: files, passages, failures with reasons, size.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print the status as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        StoreStats stats;
        List<FileRecord> records;
        StoreLocation location = index.location();
        try (Workspace ws = Workspace.forReading(location)) {
            stats = ws.store().stats();
            records = new ArrayList<>(ws.store().files().values());
        }
        records.sort(Comparator.comparing(FileRecord::path));
        List<FileRecord> problems = records.stream()
                .filter(r -> r.status() != FileStatus.INDEXED || !r.reason().isEmpty())
                .toList();
        long indexed =
                records.stream().filter(r -> r.status() == FileStatus.INDEXED).count();
        ReasonLines reasons = ReasonLines.forUser();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("index", location.toString());
            out.put("files", stats.files());
            out.put("indexed", indexed);
            out.put("chunks", stats.passages());
            out.put("bytes", stats.bytes());
            List<Map<String, Object>> failures = new ArrayList<>();
            problems.forEach(
                    r -> failures.add(reasons.json(r.path(), r.status().name().toLowerCase(Locale.ROOT), r.reason())));
            out.put("failures", failures);
            System.out.println(Json.write(out));
            return 0;
        }
        System.out.printf(
                Locale.ROOT,
                "Index %s: %d files (%d indexed), %d passages, %.1f MB%n",
                location,
                stats.files(),
                indexed,
                stats.passages(),
                stats.bytes() / 1e6);
        problems.forEach(r -> System.out.printf(
                Locale.ROOT,
                "  %s: %s: %s%n",
                r.status().name().toLowerCase(Locale.ROOT),
                DisplayNames.safe(r.path()),
                reasons.line(r.reason())));
        return 0;
    }
}
