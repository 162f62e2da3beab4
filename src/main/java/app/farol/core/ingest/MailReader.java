package app.farol.core.ingest;

import app.farol.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.ContentHandler;

/**
 * Collects what Tika's mail parsers (.eml, .mbox, Outlook .msg) hand on as embedded documents:
 * a message's body parts (already decoded from quoted-printable or base64; HTML read as text)
 * join the message's own text; attachments and the messages of a mailbox are parsed as files of
 * their own and become parts named "Subject › attachment.pdf". One per mail file read.
 */
final class MailReader implements EmbeddedDocumentExtractor {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Parses one embedded document, written out to a file, as a file. */
    interface Inner {
        ParseOutcome parse(Path file, String name, int depth, String contentType);
    }

    private record Embedded(String name, ParseOutcome outcome) {}

    private final Reading reading;
    private final int depth;
    private final Inner inner;
    private final List<TextBlock> body = new ArrayList<>();
    private final List<Embedded> embedded = new ArrayList<>();

    MailReader(Reading reading, int depth, Inner inner) {
        this.reading = reading;
        this.depth = depth;
        this.inner = inner;
    }

    static boolean isMail(String mediaType) {
        return mediaType.equals("message/rfc822")
                || mediaType.equals("application/mbox")
                || mediaType.equals("application/vnd.ms-outlook");
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        String type = Objects.requireNonNullElse(metadata.get(Metadata.CONTENT_TYPE), "");
        boolean message = type.startsWith("message/rfc822");
        String disposition = Objects.requireNonNullElse(metadata.get("Content-Disposition"), "");
        boolean bodyPart = name == null
                && !message
                && !disposition.startsWith("attachment")
                && (type.startsWith("text/plain") || type.startsWith("text/html"));
        String spoolName =
                name != null ? name : message ? "message.eml" : type.startsWith("text/html") ? "body.html" : "body.txt";
        Path file;
        try {
            file = reading.spool(stream, spoolName, -1);
        } catch (Reading.Refused e) {
            embedded.add(new Embedded(Objects.requireNonNullElse(name, ""), new ParseOutcome.Failed(e.reason())));
            return;
        }
        try {
            ParseOutcome outcome = inner.parse(file, spoolName, depth + 1, type);
            if (bodyPart && outcome instanceof ParseOutcome.Parsed parsed) {
                body.addAll(parsed.document().blocks());
            } else if (!bodyPart) {
                embedded.add(new Embedded(Objects.requireNonNullElse(name, ""), outcome));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The message and its attachments (or a mailbox's messages) as one outcome.
     *
     * @param metadata the top-level parse's metadata: the message's headers
     * @param text what the parser wrote itself (an Outlook message's body)
     * @param truncation why the parse of the message's own text stopped early, or {@link Reason#NONE}
     */
    ParseOutcome outcome(
            String mediaType, Metadata metadata, List<TextBlock> text, Language language, Reason truncation) {
        Parts parts = new Parts();
        String subject = "";
        if (!mediaType.equals("application/mbox")) {
            subject = subject(metadata);
            List<TextBlock> blocks = new ArrayList<>();
            for (String field : fields(metadata, subject)) {
                blocks.add(new TextBlock(field, 0, List.of(), false));
            }
            blocks.addAll(text);
            blocks.addAll(body);
            ParsedDocument message = new ParsedDocument(subject, mediaType, language, blocks, truncation);
            reading.used(message);
            parts.document(subject, message);
        }
        for (Embedded e : embedded) {
            parts.add(Parts.join(subject, e.name()), e.outcome());
        }
        return parts.outcome(mediaType.equals("application/mbox") ? Cause.Container.MAILBOX : Cause.Container.MESSAGE);
    }

    List<TextBlock> bodyBlocks() {
        return body;
    }

    private static String subject(Metadata m) {
        String s = m.get(TikaCoreProperties.TITLE);
        if (s == null || s.isBlank()) {
            s = m.get(TikaCoreProperties.SUBJECT);
        }
        return s == null || s.isBlank() ? "(no subject)" : StructuredTextHandler.normalise(s);
    }

    /** From, To, Cc, Date and Subject as the first lines of the message: searchable and citable. */
    private static List<String> fields(Metadata m, String subject) {
        List<String> s = new ArrayList<>();
        line(s, "From", String.join(", ", values(m, Message.MESSAGE_FROM, TikaCoreProperties.CREATOR.getName())));
        line(s, "To", String.join(", ", values(m, Message.MESSAGE_TO)));
        line(s, "Cc", String.join(", ", values(m, Message.MESSAGE_CC)));
        line(s, "Date", date(m.get(TikaCoreProperties.CREATED)));
        line(s, "Subject", subject);
        return s;
    }

    private static List<String> values(Metadata m, String... names) {
        for (String n : names) {
            String[] v = m.getValues(n);
            if (v.length > 0) {
                return List.of(v);
            }
        }
        return List.of();
    }

    private static void line(List<String> s, String field, String value) {
        if (value != null && !value.isBlank()) {
            s.add(field + ": " + StructuredTextHandler.normalise(value));
        }
    }

    private static String date(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return DATE.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
