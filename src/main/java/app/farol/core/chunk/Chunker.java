package app.farol.core.chunk;

import app.farol.core.ingest.ParsedDocument;
import app.farol.core.ingest.TextBlock;
import app.farol.core.text.Language;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Cuts a document into passages that follow sentence and paragraph boundaries and never cross a
 * page or a heading.
 *
 * <p>all-MiniLM-L6-v2 reads only the first 126 tokens of its input and drops the rest without a
 * word. So every passage, with the title and heading prefix the embedder also reads, fits that
 * limit: no text of a document is invisible to vector search. Answers get more context by
 * merging neighbouring passages later, not by making passages longer. Thread-safe.
 */
public final class Chunker {
    /** Changes whenever the same document would be cut differently: part of {@code ReadingVersion}, so indexed files are cut again. */
    // 4: runs without spaces over 1,000 chars and data: URIs left out; 5: offsets are the stripped body's
    public static final String VERSION = "5";
    /** A run without spaces longer than this is not text a person searches for (see {@link #isNotAWord}). */
    static final int MAX_WORD_CHARS = 1000;

    private static final int MAX_PREFIX_TOKENS = 24;
    private static final int MIN_BODY_TOKENS = 48;
    /**
     * Rows of a table (see {@link TextBlock#tableRow}) go into passages of about this many tokens,
     * two or three rows: a row's label and value then carry the passage instead of drowning
     * among a whole table's.
     */
    private static final int TABLE_ROWS_TOKENS = 32;
    /** At most this many tokens of lead-in lines above a passage that starts inside a list (see {@link LeadIn}). */
    private static final int LEAD_IN_TOKENS = 48;

    private final ToIntFunction<String> tokenCounter;
    private final int maxTokens;

    /**
     * @param tokenCounter counts the embedder's tokens in a text
     * @param maxTokens the embedder's input limit in tokens
     */
    public Chunker(ToIntFunction<String> tokenCounter, int maxTokens) {
        this.tokenCounter = tokenCounter;
        this.maxTokens = maxTokens;
    }

    public ChunkedDocument chunk(ParsedDocument document) {
        StringBuilder text = new StringBuilder();
        List<Chunk> chunks = new ArrayList<>();
        PassageBuilder current = null;
        TextBlock previous = null;
        LeadIn leadIn = new LeadIn();
        for (TextBlock block : document.blocks()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int blockStart = text.length();
            text.append(block.text());
            if (block.heading()) {
                previous = block;
                continue;
            }
            boolean newSection = previous == null
                    || previous.heading()
                    || previous.page() != block.page()
                    || !previous.headings().equals(block.headings())
                    || previous.tableRow() != block.tableRow();
            if (previous != null && !previous.headings().equals(block.headings())) {
                leadIn.clear();
            }
            if (current == null || newSection) {
                flush(current, chunks, text);
                current = start(document.title(), block, leadIn);
            } else if (LeadIn.isItem(block)
                    && current.tokens + tokenCounter.applyAsInt(block.text()) > current.budget) {
                // An item that does not fit goes whole to the next passage, under its lead-in.
                PassageBuilder next = start(document.title(), block, leadIn);
                if (tokenCounter.applyAsInt(block.text()) <= next.budget) {
                    flush(current, chunks, text);
                    current = next;
                }
            }
            current = addBlock(current, block, blockStart, document.language(), chunks, text);
            leadIn.add(block);
            previous = block;
        }
        flush(current, chunks, text);
        return new ChunkedDocument(document, text.toString(), chunks);
    }

    /** A new passage for a block; one that starts inside a list carries the list's lead-in on top. */
    private PassageBuilder start(String title, TextBlock block, LeadIn leadIn) {
        int budget = bodyBudget(title, block.headings());
        String lines = LeadIn.isItem(block) ? leadIn.linesFor(block, tokenCounter, LEAD_IN_TOKENS) : "";
        int leadTokens = lines.isEmpty() ? 0 : tokenCounter.applyAsInt(lines) + 1;
        budget = Math.max(MIN_BODY_TOKENS, budget - leadTokens);
        return new PassageBuilder(
                block,
                block.tableRow() ? Math.min(budget, TABLE_ROWS_TOKENS) : budget,
                prefix(title, block.headings()),
                lines);
    }

    private PassageBuilder addBlock(
            PassageBuilder current,
            TextBlock block,
            int blockStart,
            Language language,
            List<Chunk> chunks,
            StringBuilder text) {
        int blockTokens = tokenCounter.applyAsInt(block.text());
        boolean blob = hasNotAWord(block.text());
        if (!blob && current.tokens + blockTokens <= current.budget) {
            current.add(blockStart, blockStart + block.text().length(), blockTokens);
            return current;
        }
        // The paragraph does not fit whole: go sentence by sentence.
        for (int[] sentence : sentences(block.text(), language)) {
            int start = blockStart + sentence[0];
            int end = blockStart + sentence[1];
            int tokens = tokenCounter.applyAsInt(text.substring(start, end));
            // (the tokenizer counts a blob as one unknown token: look at its length too)
            if (tokens > current.budget || blob && hasNotAWord(text.substring(start, end))) {
                current = addLongSentence(current, start, end, chunks, text);
                continue;
            }
            if (current.tokens + tokens > current.budget) {
                flush(current, chunks, text);
                current = current.next();
            }
            current.add(start, end, tokens);
        }
        return current;
    }

    /**
     * A sentence longer than a whole passage (a long inciso, a list without stops): cut at its
     * clauses where it has them, else at words.
     */
    private PassageBuilder addLongSentence(
            PassageBuilder current, int start, int end, List<Chunk> chunks, StringBuilder text) {
        flush(current, chunks, text);
        current = current.next();
        int wordStart = start;
        int pieceStart = start;
        int pieceTokens = 0;
        int clauseEnd = -1; // end of the last word ending a clause in the piece, and the piece's tokens up to it
        int clauseTokens = 0;
        while (wordStart < end) {
            int wordEnd = wordStart;
            while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            while (wordEnd < end && Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (isNotAWord(text, wordStart, wordEnd)) {
                // an inline image or a blob: no one searches for it, and it would make one huge passage
                if (pieceTokens > 0) {
                    current.add(pieceStart, wordStart, pieceTokens);
                    flush(current, chunks, text);
                    current = current.next();
                }
                pieceStart = wordEnd;
                pieceTokens = 0;
                clauseEnd = -1;
                wordStart = wordEnd;
                continue;
            }
            int wordTokens = tokenCounter.applyAsInt(text.substring(wordStart, wordEnd));
            if (pieceTokens + wordTokens > current.budget && pieceTokens > 0) {
                // Cut after the piece's last clause (",", ";", ":") when it holds half the piece or more.
                boolean atClause = clauseEnd > pieceStart && clauseTokens * 2 >= pieceTokens;
                int cut = atClause ? clauseEnd : wordStart;
                int cutTokens = atClause ? clauseTokens : pieceTokens;
                current.add(pieceStart, cut, cutTokens);
                flush(current, chunks, text);
                current = current.next();
                pieceStart = cut;
                pieceTokens -= cutTokens;
                clauseEnd = -1;
            }
            pieceTokens += wordTokens;
            String word = text.substring(wordStart, wordEnd).strip();
            if (word.endsWith(",") || word.endsWith(";") || word.endsWith(":")) {
                clauseEnd = wordEnd;
                clauseTokens = pieceTokens;
            }
            wordStart = wordEnd;
        }
        if (pieceTokens > 0) {
            current.add(pieceStart, end, pieceTokens);
        }
        return current;
    }

    /**
     * A run without spaces longer than {@link #MAX_WORD_CHARS} (a base64 image in Markdown, a hex
     * dump), or an inline {@code data:...;base64,} URI of any length.
     */
    static boolean hasNotAWord(String text) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start && isNotAWord(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    static boolean isNotAWord(CharSequence text, int start, int end) {
        int length = end - start;
        if (length > MAX_WORD_CHARS) {
            return true;
        }
        String word = text.subSequence(start, end).toString();
        int data = word.indexOf("data:");
        return data >= 0 && word.indexOf(";base64,", data) > data;
    }

    private void flush(PassageBuilder passage, List<Chunk> chunks, CharSequence text) {
        if (passage == null || passage.start < 0) {
            return;
        }
        // The offsets are those of the stripped body, so that a character's place in the text is its
        // place in the document: neighbours joined into one passage keep the space between them.
        int start = passage.start;
        int end = passage.end;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String body = text.subSequence(start, end).toString();
        if (body.isEmpty()) {
            return;
        }
        // The lead-in stands above the body; the offsets are the body's (see StoredPassage#text).
        if (!passage.leadIn.isEmpty()) {
            body = passage.leadIn + "\n" + body;
        }
        String embeddingText = passage.prefix.isEmpty() ? body : passage.prefix + "\n" + body;
        chunks.add(new Chunk(
                chunks.size(), body, embeddingText, passage.block.page(), passage.block.headings(), start, end));
        passage.start = -1;
    }

    /** Title and heading path, as the embedder will read them in front of each passage. */
    private String prefix(String title, List<String> headings) {
        List<String> parts = new ArrayList<>();
        if (!title.isBlank()) {
            parts.add(title);
        }
        for (String h : headings) {
            if (!Objects.equals(h, title)) {
                parts.add(h);
            }
        }
        String prefix = String.join(" > ", parts);
        while (!parts.isEmpty() && tokenCounter.applyAsInt(prefix) > MAX_PREFIX_TOKENS) {
            parts.removeFirst(); // keep the innermost heading: it says most about the passage
            prefix = String.join(" > ", parts);
        }
        return prefix;
    }

    private int bodyBudget(String title, List<String> headings) {
        String prefix = prefix(title, headings);
        int prefixTokens = prefix.isEmpty() ? 0 : tokenCounter.applyAsInt(prefix) + 1;
        return Math.max(MIN_BODY_TOKENS, maxTokens - prefixTokens);
    }

    private static List<int[]> sentences(String text, Language language) {
        BreakIterator it = BreakIterator.getSentenceInstance(language.locale());
        it.setText(text);
        List<int[]> result = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            result.add(new int[] {start, end});
        }
        return result;
    }

    /** The passage being filled: its span in the document text and the tokens used so far. */
    private static final class PassageBuilder {
        final TextBlock block;
        final int budget;
        final String prefix;
        final String leadIn;
        int start = -1;
        int end;
        int tokens;

        PassageBuilder(TextBlock block, int budget, String prefix, String leadIn) {
            this.block = block;
            this.budget = budget;
            this.prefix = prefix;
            this.leadIn = leadIn;
        }

        void add(int from, int to, int count) {
            if (start < 0) {
                start = from;
                tokens = 0;
            }
            end = to;
            tokens += count;
        }

        PassageBuilder next() {
            // A passage that goes on inside one block starts mid-block: no lead-in.
            return new PassageBuilder(block, budget, prefix, "");
        }
    }
}
