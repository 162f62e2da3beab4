package app.farol.core.ingest.isolated;

import app.farol.core.ingest.DocumentParser;
import app.farol.core.ingest.ParseLimits;
import app.farol.core.ingest.ParseOutcome;
import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.TextBlock;
import app.farol.core.ingest.TikaDocumentParser;
import app.farol.core.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parser that misbehaves the way broken parsers do, chosen by the file name: "hang" never
 * returns, "allocate" allocates without bound, "exit" calls System.exit, "spool" writes the file's
 * text to a temporary file (as Tika's TemporaryResources do) and then hangs, "flood" answers with
 * a document of 80 MB (a heading path of 40 KB repeated on 2,000 blocks); any other file is
 * parsed by Tika. Runs inside a parse worker (like Tika's own test MockParser).
 */
public final class HostileParser implements DocumentParser {
    private final TikaDocumentParser tika;

    public HostileParser(ParseLimits limits) {
        this.tika = new TikaDocumentParser(limits);
    }

    @Override
    public ParseOutcome parse(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("hang")) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // a hung parser ignores interrupts too
                }
            }
        }
        if (name.startsWith("allocate")) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
        if (name.startsWith("spool")) {
            try {
                Path spooled = Files.createTempFile("apache-tika-", ".tmp");
                Files.writeString(spooled, Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return parse(file.resolveSibling("hang"));
        }
        if (name.startsWith("flood")) {
            List<String> headings = java.util.Collections.nCopies(40, "h".repeat(1024));
            List<TextBlock> blocks = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                blocks.add(new TextBlock("block " + i, 0, headings, false));
            }
            return new ParseOutcome.Parsed(new ParsedDocument("flood", "text/plain", Language.ENGLISH, blocks));
        }
        if (name.startsWith("exit")) {
            System.exit(42);
        }
        return tika.parse(file);
    }
}
