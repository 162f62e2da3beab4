package app.farol.core.ingest;

import app.farol.core.ocr.OcrSettings;
import app.farol.core.text.Language;
import app.farol.core.text.LanguageDetector;
import java.io.IOException;
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
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractorFactory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
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
    private final ScanReader scans;

    public TikaDocumentParser() {
        this(ParseLimits.DEFAULT);
    }

    /** With the OCR settings of the system properties ({@link OcrSettings#fromSystemProperties()}). */
    public TikaDocumentParser(ParseLimits limits) {
        this(limits, OcrSettings.fromSystemProperties());
    }

    public TikaDocumentParser(ParseLimits limits, OcrSettings ocr) {
        this.limits = limits;
        this.scans = new ScanReader(ocr);
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.registry = config.getMediaTypeRegistry();
        this.supported = parser.getSupportedTypes(new ParseContext());
    }

    /**
     * Parses one file. A mail file or an archive yields a {@link ParseOutcome.Container} of the
     * documents inside it, read within this file's time and character limits and the zip-bomb
     * bounds ({@link Reading}).
     */
    @Override
    public ParseOutcome parse(Path file) {
        return parse(file, ParseControl.NONE);
    }

    /**
     * Parses one file, reading its scanned pages (or the image it is) with OCR as {@code control}
     * says. Documents inside a file (attachments, archive members) are read the same way: their
     * scans wait when the file's do, and their pages count in the file's progress.
     */
    @Override
    public ParseOutcome parse(Path file, ParseControl control) {
        try (Reading reading = new Reading(limits)) {
            return parse(file, file.getFileName().toString(), reading, 0, null, control);
        }
    }

    @Override
    public boolean readsScans() {
        return scans.tesseract().isPresent();
    }

    @Override
    public String ocrLanguages() {
        return scans.tesseract().map(app.farol.core.ocr.Tesseract::languages).orElse("");
    }

    /** One file, at the top or inside another; {@code name} is its own name, {@code contentType} a hint or null. */
    private ParseOutcome parse(
            Path file, String name, Reading reading, int depth, String contentType, ParseControl control) {
        try {
            if (Files.size(file) == 0) {
                return new ParseOutcome.Skipped(Reason.of(Cause.EMPTY_FILE));
            }
            if (!Files.isReadable(file)) {
                return new ParseOutcome.Failed(Reason.of(Cause.PERMISSION_DENIED));
            }
            Optional<Reason> bomb = ZipBombCheck.inspect(file);
            if (bomb.isPresent()) {
                return new ParseOutcome.Failed(bomb.get());
            }
            if (reading.timeUp()) {
                return new ParseOutcome.Failed(Reason.of(Cause.TIMED_OUT_BEFORE_TEXT));
            }
            if (reading.charsLeft() <= 0) {
                return new ParseOutcome.Failed(Reason.of(Cause.TRUNCATED_BEFORE_PART, reading.maxChars()));
            }
            return parseReadable(file, name, reading, depth, contentType, control);
        } catch (NoSuchFileException e) {
            return new ParseOutcome.Failed(Reason.of(Cause.REMOVED));
        } catch (AccessDeniedException e) {
            return new ParseOutcome.Failed(Reason.of(Cause.PERMISSION_DENIED));
        } catch (IOException e) {
            return new ParseOutcome.Failed(Reason.of(Cause.CANNOT_READ, String.valueOf(e.getMessage())));
        }
    }

    private ParseOutcome parseReadable(
            Path file, String name, Reading reading, int depth, String contentType, ParseControl control)
            throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        if (contentType != null && !contentType.isEmpty()) {
            metadata.set(Metadata.CONTENT_TYPE, contentType);
        }
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            String base = type.getBaseType().toString();
            if (ArchiveReader.isArchive(base)) {
                return ArchiveReader.read(
                        file,
                        base,
                        reading,
                        depth,
                        (member, memberName, d) -> parse(member, memberName, reading, d, null, control));
            }
            if (ScanFormats.isImage(base)) {
                return readImage(file, name, base, control);
            }
            Optional<Reason> unreadable = OtherFormats.unsupportedReason(type);
            if (unreadable.isPresent()) {
                return new ParseOutcome.Skipped(unreadable.get());
            }
            Parser chosen = OtherFormats.parserFor(type).orElse(parser);
            if (chosen == parser && !isSupported(type)) {
                return new ParseOutcome.Skipped(unsupportedReason(type));
            }
            MailReader mail = null;
            ParseContext context = parseContext();
            if (MailReader.isMail(base)) {
                if (depth > Reading.MAX_NESTING) {
                    return new ParseOutcome.Failed(Reason.of(Cause.NESTED_MESSAGES, Reading.MAX_NESTING));
                }
                mail = new MailReader(
                        reading, depth, (part, partName, d, hint) -> parse(part, partName, reading, d, hint, control));
                context.set(EmbeddedDocumentExtractor.class, mail);
            }
            EmbeddedImages pictures = null;
            if (mail == null && !base.equals("application/pdf")) {
                context.set(Parser.class, parser); // what Tika's own extractor parses the other embedded documents with
                pictures = new EmbeddedImages(
                        new ParsingEmbeddedDocumentExtractorFactory().newInstance(metadata, context),
                        parser.getDetector(),
                        reading);
                context.set(EmbeddedDocumentExtractor.class, pictures);
            }
            boolean markdown = MARKDOWN_EXTENSIONS.contains(extension(name))
                    || type.getSubtype().contains("markdown");
            boolean plainText =
                    type.getType().equals("text") && type.getSubtype().equals("plain");
            StructuredTextHandler handler =
                    new StructuredTextHandler(reading.charsLeft(), reading.deadline, markdown, plainText);
            Reason truncation = Reason.NONE;
            try {
                parseWith(chosen, file, in, handler, metadata, context);
            } catch (SAXException | TikaException e) {
                StructuredTextHandler.LimitReached limit = limitCause(e);
                if (limit == null) {
                    throw e instanceof TikaException te ? te : new TikaException(e.getMessage(), e);
                }
                truncation = limit.timedOut
                        ? Reason.of(Cause.TIMED_OUT_PARTLY, limits.timeout().toSeconds())
                        : Reason.of(Cause.TRUNCATED, limits.maxChars());
                log.info("{}: {}", file, truncation);
            }
            if (mail != null) {
                List<TextBlock> all = new java.util.ArrayList<>(handler.blocks());
                all.addAll(mail.bodyBlocks());
                return mail.outcome(base, metadata, handler.blocks(), LanguageDetector.detect(sample(all)), truncation);
            }
            OcrPass.Result scan = OcrPass.Result.NONE;
            if (base.equals("application/pdf") && truncation.kind() != ReasonKind.TIMED_OUT) {
                scan = new OcrPass(scans, control).pdf(file, handler, pageCount(metadata));
            } else if (pictures != null
                    && !pictures.kept().isEmpty()
                    && truncation.kind() != ReasonKind.TIMED_OUT
                    && letters(handler.blocks()) < EmbeddedImages.NEARLY_EMPTY) {
                scan = new OcrPass(scans, control).embedded(pictures.kept(), handler);
            }
            if (truncation.isEmpty() && !scan.reason().isEmpty()) {
                truncation = scan.reason();
            }
            ParseOutcome outcome = toOutcome(name, type, metadata, handler.blocks(), truncation, scan);
            if (outcome instanceof ParseOutcome.Parsed parsed) {
                reading.used(parsed.document());
            }
            return outcome;
        } catch (EncryptedDocumentException e) {
            return new ParseOutcome.Failed(Reason.of(Cause.PASSWORD));
        } catch (ZeroByteFileException e) {
            return new ParseOutcome.Skipped(Reason.of(Cause.EMPTY_FILE));
        } catch (TikaException e) {
            return failure(e);
        } catch (RuntimeException | StackOverflowError | NoClassDefFoundError e) {
            // A parser bug on a strange file must not stop the whole folder.
            log.debug("parser crashed on {}", file, e);
            return new ParseOutcome.Failed(
                    Reason.of(Cause.PARSER_FAILED, e.getClass().getSimpleName()));
        }
    }

    /**
     * Runs a parser. The automatic parser turns a parser's own IOException into a TikaException
     * (Tika's CompositeParser, TIKA-198): on a file that can be read it is about the content (a
     * damaged zip: "invalid CEN header"), not about reading. A parser Farol calls itself
     * ({@link OtherFormats}) gets the same treatment, so a damaged .sxc is corrupt, not unreadable.
     */
    private void parseWith(
            Parser chosen,
            Path file,
            TikaInputStream in,
            ContentHandler handler,
            Metadata metadata,
            ParseContext context)
            throws IOException, SAXException, TikaException {
        if (chosen == parser) {
            chosen.parse(in, handler, metadata, context);
            return;
        }
        try {
            chosen.parse(in, handler, metadata, context);
        } catch (IOException e) {
            if (!Files.isReadable(file)) {
                throw e; // it went away or lost its permissions: that is about reading
            }
            throw new TikaException("the parser could not read its content", e);
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

    private ParseOutcome toOutcome(
            String name,
            MediaType type,
            Metadata metadata,
            List<TextBlock> blocks,
            Reason truncation,
            OcrPass.Result scan) {
        if (blocks.isEmpty() && scan.scanned()) {
            return switch (scan.reason().kind()) {
                case SCANNED -> new ParseOutcome.Skipped(scan.reason());
                case SCAN_UNREAD -> new ParseOutcome.Failed(scan.reason());
                default -> new ParseOutcome.Skipped(Reason.of(Cause.OCR_NO_WORDS, scan.scannedPages()));
            };
        }
        if (blocks.isEmpty()) {
            if (!truncation.isEmpty()) {
                return new ParseOutcome.Failed(
                        truncation.kind() == ReasonKind.TIMED_OUT
                                ? Reason.of(Cause.TIMED_OUT_BEFORE_TEXT)
                                : truncation);
            }
            if (type.getSubtype().equals("pdf") && scan.blankPages() > 0) {
                return new ParseOutcome.Skipped(Reason.of(Cause.BLANK_PAGES, scan.blankPages()));
            }
            if (type.getSubtype().equals("pdf")) {
                return new ParseOutcome.Skipped(Reason.of(Cause.NO_TEXT_LAYER));
            }
            return new ParseOutcome.Skipped(Reason.of(Cause.NO_TEXT_IN, type.getBaseType()));
        }
        Language language = LanguageDetector.detect(sample(blocks));
        String title = title(name, metadata, blocks);
        return new ParseOutcome.Parsed(new ParsedDocument(
                title, type.getBaseType().toString(), language, blocks, truncation, scan.pagesRead(), scan.pages()));
    }

    private static int letters(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) {
            n += (int) b.text().codePoints().filter(Character::isLetterOrDigit).count();
        }
        return n;
    }

    private static StringBuilder sample(List<TextBlock> blocks) {
        StringBuilder sample = new StringBuilder();
        for (TextBlock b : blocks) {
            if (sample.length() > 20_000) {
                break;
            }
            sample.append(b.text()).append('\n');
        }
        return sample;
    }

    private static String title(String fileName, Metadata metadata, List<TextBlock> blocks) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title != null && !title.isBlank()) {
            return StructuredTextHandler.normalise(title);
        }
        for (TextBlock b : blocks) {
            if (b.heading()) {
                return b.text();
            }
        }
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static int pageCount(Metadata metadata) {
        Integer pages = metadata.getInt(org.apache.tika.metadata.PagedText.N_PAGES);
        return pages == null ? 0 : pages;
    }

    /** An image file: its text as OCR reads it, page by page (a TIFF's pages are pages). */
    private ParseOutcome readImage(Path file, String name, String base, ParseControl control) throws IOException {
        StructuredTextHandler handler = new StructuredTextHandler(limits.maxChars(), Long.MAX_VALUE, false, false);
        OcrPass.Result scan = new OcrPass(scans, control).image(file, handler);
        List<TextBlock> blocks = handler.blocks();
        MediaType type = MediaType.parse(base);
        if (blocks.isEmpty() || scan.reason().kind() == ReasonKind.SCANNED) {
            return switch (scan.reason().kind()) {
                case SCANNED -> new ParseOutcome.Skipped(scan.reason());
                case SCAN_UNREAD -> new ParseOutcome.Failed(scan.reason());
                default -> new ParseOutcome.Skipped(Reason.of(Cause.OCR_NO_WORDS_IMAGE));
            };
        }
        Language language = LanguageDetector.detect(sample(blocks));
        return new ParseOutcome.Parsed(new ParsedDocument(
                title(name, new Metadata(), List.of()),
                base,
                language,
                blocks,
                scan.reason(),
                scan.pagesRead(),
                scan.pages()));
    }

    private boolean isSupported(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (supported.contains(t) && !t.equals(MediaType.OCTET_STREAM)) {
                return true;
            }
        }
        return false;
    }

    private static Reason unsupportedReason(MediaType type) {
        if (type.equals(MediaType.OCTET_STREAM)) {
            return Reason.of(Cause.UNKNOWN_BINARY);
        }
        return Reason.of(Cause.UNSUPPORTED_TYPE, type.getBaseType());
    }

    private static ParseOutcome.Failed failure(TikaException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("bomb")) {
                return new ParseOutcome.Failed(Reason.of(Cause.ZIP_BOMB));
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ParseOutcome.Failed(damaged(root));
    }

    /** A qualified Java class name, often with an object's identity ({@code org.apache.poi.Foo@1a2b}). */
    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\S*");

    /** Messages the JVM makes for a programming error ("Index 5 out of bounds for length 3", "Cannot invoke ..."). */
    private static final java.util.regex.Pattern JVM_MESSAGE = java.util.regex.Pattern.compile(
            "out of bounds for length|^Range \\[|^arraycopy:|^Cannot (invoke|read|load|store|assign)\\b|because \""
                    + "|cannot be cast to|^/ by zero$|^-?\\d+$|^null$");

    /**
     * What a parser's failure says about the file, in words a person can act on. A programming
     * error inside the parser (a null pointer, an index out of bounds) says nothing about the file
     * but that its data was not what the parser expected, and its JVM message ("Cannot invoke ...
     * because ... is null") means nothing to a person: it becomes {@link Cause#PARSER_CONFUSED}
     * with the error's name. A message that names Java objects is cut before them.
     */
    static Reason damaged(Throwable root) {
        String detail = root.getMessage() == null ? "" : root.getMessage().strip();
        java.util.regex.Matcher m = CLASS_NAME.matcher(detail);
        if (m.find()) {
            detail = detail.substring(0, m.start()).replaceAll("[\\s:=(,\\[\"]+$", "");
        }
        if (detail.isBlank()
                || root instanceof NullPointerException
                || JVM_MESSAGE.matcher(detail).find()) {
            return Reason.of(Cause.PARSER_CONFUSED, root.getClass().getSimpleName());
        }
        if (detail.length() > 160) {
            detail = detail.substring(0, 160) + "…";
        }
        return Reason.of(Cause.DAMAGED, detail);
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

    static String extension(Path file) {
        return extension(file.getFileName().toString());
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
