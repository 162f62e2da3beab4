package app.farol.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Parses files in this process with Apache Tika, keeping pages and headings. Thread-safe.
 *
 * <p>The type is detected from the content (the name is only a hint). Every outcome carries a
 * reason a person can act on.
 */
public final class TikaDocumentParser implements DocumentParser {
    private static final Logger log = LoggerFactory.getLogger(TikaDocumentParser.class);
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown");

    private final AutoDetectParser parser;
    private final MediaTypeRegistry registry;
    private final Set<MediaType> supported;
    private final ParseLimits limits;

    public TikaDocumentParser() {
        this(ParseLimits.DEFAULT);
    }

    public TikaDocumentParser(ParseLimits limits) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.registry = config.getMediaTypeRegistry();
        this.supported = parser.getSupportedTypes(new ParseContext());
    }

    @Override
    public ParseOutcome parse(Path file) {
        try {
            if (Files.size(file) == 0) {
                return new ParseOutcome.Skipped(ReasonKind.NO_TEXT, "empty file");
            }
            if (!Files.isReadable(file)) {
                return new ParseOutcome.Failed(ReasonKind.UNREADABLE, "cannot read the file: permission denied");
            }
            Optional<String> bomb = ZipBombCheck.inspect(file);
            if (bomb.isPresent()) {
                return new ParseOutcome.Failed(ReasonKind.TOO_LARGE, bomb.get());
            }
            return parseReadable(file);
        } catch (NoSuchFileException e) {
            return new ParseOutcome.Failed(ReasonKind.UNREADABLE, "the file was removed while being indexed");
        } catch (AccessDeniedException e) {
            return new ParseOutcome.Failed(ReasonKind.UNREADABLE, "cannot read the file: permission denied");
        } catch (IOException e) {
            return new ParseOutcome.Failed(ReasonKind.UNREADABLE, "cannot read the file: " + e.getMessage());
        }
    }

    private ParseOutcome parseReadable(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            if (!isSupported(type)) {
                return new ParseOutcome.Skipped(ReasonKind.UNSUPPORTED, unsupportedReason(type));
            }
            boolean markdown = MARKDOWN_EXTENSIONS.contains(extension(file))
                    || type.getSubtype().contains("markdown");
            long deadline = System.nanoTime() + limits.timeout().toNanos();
            boolean plainText = type.getType().equals("text") && type.getSubtype().equals("plain");
            StructuredTextHandler handler = new StructuredTextHandler(limits.maxChars(), deadline, markdown, plainText);
            String truncation = "";
            ReasonKind truncationKind = ReasonKind.NONE;
            try {
                parser.parse(in, handler, metadata, parseContext());
            } catch (SAXException | TikaException e) {
                StructuredTextHandler.LimitReached limit = limitCause(e);
                if (limit == null) {
                    throw e instanceof TikaException te ? te : new TikaException(e.getMessage(), e);
                }
                truncation = limit.timedOut
                        ? "timed out after " + limits.timeout().toSeconds() + " s: indexed what was read until then"
                        : "truncated: longer than " + limits.maxChars() + " characters";
                truncationKind = limit.timedOut ? ReasonKind.TIMED_OUT : ReasonKind.TOO_LARGE;
                log.info("{}: {}", file, truncation);
            }
            return toOutcome(file, type, metadata, handler.blocks(), truncation, truncationKind);
        } catch (EncryptedDocumentException e) {
            return new ParseOutcome.Failed(ReasonKind.ENCRYPTED, "encrypted: needs a password");
        } catch (ZeroByteFileException e) {
            return new ParseOutcome.Skipped(ReasonKind.NO_TEXT, "empty file");
        } catch (TikaException e) {
            return failure(e);
        } catch (RuntimeException | StackOverflowError | NoClassDefFoundError e) {
            // A parser bug on a strange file must not stop the whole folder.
            log.debug("parser crashed on {}", file, e);
            return new ParseOutcome.Failed(ReasonKind.CORRUPT, "corrupt or unreadable: the parser failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * A PDF's bookmarks come as one list after the last page: {@link StructuredTextHandler} takes
     * them as the document's headings (see {@link PdfOutlineHeadings}), never as text.
     */
    private static ParseContext parseContext() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractBookmarksText(true);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    private ParseOutcome toOutcome(Path file, MediaType type, Metadata metadata, List<TextBlock> blocks, String truncation,
            ReasonKind truncationKind) {
        if (blocks.isEmpty()) {
            if (!truncation.isEmpty()) {
                return new ParseOutcome.Failed(truncationKind, truncationKind == ReasonKind.TIMED_OUT ? "timed out before any text was read" : truncation);
            }
            if (type.getSubtype().equals("pdf")) {
                return new ParseOutcome.Skipped(ReasonKind.NO_TEXT_LAYER, "no text layer (a scanned PDF?): it would need OCR");
            }
            return new ParseOutcome.Skipped(ReasonKind.NO_TEXT, "no text found in the " + describe(type));
        }
        StringBuilder sample = new StringBuilder();
        for (TextBlock b : blocks) {
            if (sample.length() > 20_000) {
                break;
            }
            sample.append(b.text()).append('\n');
        }
        String language = LanguageDetector.detect(sample);
        String title = title(file, metadata, blocks);
        return new ParseOutcome.Parsed(new ParsedDocument(title, type.getBaseType().toString(), language, blocks, truncation, truncationKind));
    }

    private static String title(Path file, Metadata metadata, List<TextBlock> blocks) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title != null && !title.isBlank()) {
            return StructuredTextHandler.normalise(title);
        }
        for (TextBlock b : blocks) {
            if (b.heading()) {
                return b.text();
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private boolean isSupported(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (supported.contains(t) && !t.equals(MediaType.OCTET_STREAM)) {
                return true;
            }
        }
        return false;
    }

    private static String unsupportedReason(MediaType type) {
        if (type.equals(MediaType.OCTET_STREAM)) {
            return "unsupported format: binary data of an unknown type";
        }
        return "unsupported format: " + type.getBaseType();
    }

    private static ParseOutcome.Failed failure(TikaException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("bomb")) {
                return new ParseOutcome.Failed(ReasonKind.TOO_LARGE, "rejected: it expands to far more data than its size (a zip bomb?)");
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (detail.length() > 160) {
            detail = detail.substring(0, 160) + "…";
        }
        return new ParseOutcome.Failed(ReasonKind.CORRUPT, "corrupt or unreadable: " + detail);
    }

    /** Tika wraps our handler's exception in its own; find it. */
    private static StructuredTextHandler.LimitReached limitCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StructuredTextHandler.LimitReached limit) {
                return limit;
            }
        }
        return null;
    }

    static String describe(MediaType type) {
        String sub = type.getSubtype();
        if (sub.equals("pdf")) {
            return "PDF";
        }
        return type.getBaseType() + " file";
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
