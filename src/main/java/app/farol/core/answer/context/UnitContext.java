package app.farol.core.answer.context;

import app.farol.core.answer.Passage;
import app.farol.core.answer.RankedHit;
import app.farol.core.answer.extractive.ExtractiveAnswerer.RankedUnit;
import app.farol.core.answer.extractive.LeadIns;
import app.farol.core.answer.extractive.Sentences;
import app.farol.core.retrieval.SearchHit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The context a model reads: the least text that holds the answer. Units (sentences, list items,
 * table rows) are taken best first, as the extractive answer ranks them, each with what makes it
 * readable alone: its heading path, the lead-in of a list item, and the sentence before when the
 * unit opens with a pronoun ("It lasts two years"). The units taken from one retrieved passage
 * form one passage of the context, in document order under one heading, joined by " … " where
 * text lies between them. Units that do not fit the budget are passed over.
 *
 * <p>A passage's offsets run from its first unit to its last; the heading and lead-in lines on
 * top of its text lie outside them. Stateless.
 */
public final class UnitContext {
    /** Units read at most; past this the passages repeat more than they add. */
    static final int MAX_UNITS = 12;

    /** A unit that names its subject by a pronoun needs the sentence before to be understood. */
    private static final Pattern ANAPHOR = Pattern.compile(
            "^(it|its|this|these|that|those|they|their|them|he|she|his|her"
                    + "|ele|ela|eles|elas|isso|isto|este|esta|estes|estas|esse|essa|esses|essas|seu|sua|seus|suas|o mesmo|a mesma)\\b");

    private UnitContext() {}

    /**
     * @param ranked units best first ({@link app.farol.core.answer.extractive.ExtractiveAnswerer#rank})
     * @param hits the retrieved hits the units' passages were made of (for their heading paths)
     * @param tokens counts tokens of the model that will read the context
     * @param budget tokens of passages, as {@link AnswerPrompt#format} writes them
     * @return passages numbered 1..n, best first
     */
    public static List<Passage> build(
            List<RankedUnit> ranked, List<RankedHit> hits, ToIntFunction<String> tokens, int budget) {
        List<Piece> pieces = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        // each passage split once, not once per unit of it (the profile's first hot spot)
        Map<Passage, List<Sentences.Sentence>> split = new IdentityHashMap<>();
        int used = 0;
        int units = 0;
        for (RankedUnit u : ranked) {
            if (units >= MAX_UNITS) {
                break;
            }
            if (!seen.add(normalise(u.sentence().text()))) {
                continue;
            }
            Piece own = piece(u, hits, split);
            int at = mergeTarget(pieces, own);
            Piece next = at >= 0 ? pieces.get(at).union(own) : own;
            int before = at >= 0 ? cost(pieces.get(at), tokens) : 0;
            int after = cost(next, tokens);
            if (used - before + after > budget) {
                continue;
            }
            used += after - before;
            units++;
            if (at >= 0) {
                pieces.set(at, next);
            } else {
                pieces.add(next);
            }
        }
        List<Passage> out = new ArrayList<>();
        for (Piece p : pieces) {
            out.add(p.passage(out.size() + 1));
        }
        return out;
    }

    /** Tokens of passages as the prompt writes them. */
    public static int tokens(List<Passage> passages, ToIntFunction<String> tokens) {
        return passages.stream()
                .mapToInt(p -> tokens.applyAsInt(AnswerPrompt.format(p)))
                .sum();
    }

    private static int cost(Piece p, ToIntFunction<String> tokens) {
        return tokens.applyAsInt(AnswerPrompt.format(p.passage(1)));
    }

    /** The unit, widened to the sentence before when it needs it, with its heading path and lead-in. */
    private static Piece piece(RankedUnit u, List<RankedHit> hits, Map<Passage, List<Sentences.Sentence>> split) {
        Passage source = u.passage();
        List<Sentences.Sentence> sentences = split.computeIfAbsent(source, p -> Sentences.split(p.text()));
        int from = u.sentence().start();
        int index = indexOf(sentences, u.sentence());
        String text = u.sentence().text();
        if (index > 0 && ANAPHOR.matcher(text.toLowerCase(Locale.ROOT)).find()) {
            from = sentences.get(index - 1).start();
        }
        List<String> lines = new ArrayList<>();
        String heading = String.join(" › ", headings(source, documentOffset(source, from), hits));
        if (!heading.isBlank()) {
            lines.add(heading);
        }
        if (LeadIns.isListItem(text)) {
            String leadIn = LeadIns.of(source, sentences, index);
            if (!leadIn.isBlank()) {
                lines.add(leadIn);
            }
        }
        return new Piece(source, from, u.sentence().end(), lines);
    }

    private static int indexOf(List<Sentences.Sentence> sentences, Sentences.Sentence s) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() == s.start()) {
                return i;
            }
        }
        return -1;
    }

    /** Heading path of the chunk that holds the offset: the hit around it, else the nearest hit of that file before it. */
    private static List<String> headings(Passage source, int offset, List<RankedHit> hits) {
        SearchHit best = null;
        for (RankedHit h : hits) {
            SearchHit s = h.hit();
            if (!s.path().equals(source.path())) {
                continue;
            }
            if (s.startOffset() <= offset && offset < s.endOffset()) {
                return s.headings();
            }
            if (s.startOffset() <= offset && (best == null || s.startOffset() > best.startOffset())) {
                best = s;
            }
        }
        return best != null && best.page() == source.page() ? best.headings() : List.of();
    }

    static int leadInLength(Passage p) {
        return LeadIns.repeatedLength(p);
    }

    static int documentOffset(Passage p, int inText) {
        return p.startOffset() + Math.max(0, inText - leadInLength(p));
    }

    /** The piece of the same passage, if one was taken already: its units join it, under one heading; -1 if none. */
    private static int mergeTarget(List<Piece> pieces, Piece p) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).source() == p.source()) {
                return i;
            }
        }
        return -1;
    }

    /** A stretch [from, to) of a passage's text. */
    private record Stretch(int from, int to) {}

    /**
     * Stretches of one passage's text, in text order, with the lines that introduce them. Stretches
     * that overlap, touch or are one short sentence apart are one; others are joined by " … ".
     */
    private record Piece(Passage source, List<Stretch> stretches, List<String> lines) {
        Piece(Passage source, int from, int to, List<String> lines) {
            this(source, List.of(new Stretch(from, to)), lines);
        }

        Piece union(Piece o) {
            List<Stretch> all = new ArrayList<>(stretches);
            all.addAll(o.stretches);
            all.sort(java.util.Comparator.comparingInt(Stretch::from));
            List<Stretch> merged = new ArrayList<>();
            for (Stretch st : all) {
                Stretch last = merged.isEmpty() ? null : merged.getLast();
                if (last != null && joins(last, st)) {
                    merged.set(merged.size() - 1, new Stretch(last.from(), Math.max(last.to(), st.to())));
                } else {
                    merged.add(st);
                }
            }
            List<String> top = new ArrayList<>(lines);
            o.lines.stream().filter(l -> !top.contains(l)).forEach(top::add);
            return new Piece(source, merged, top);
        }

        private boolean joins(Stretch a, Stretch b) {
            if (b.from() <= a.to()) {
                return true;
            }
            String between = source.text().substring(a.to(), b.from());
            return Sentences.split(between).size() <= 1 && between.length() < 160;
        }

        Passage passage(int n) {
            // Blank lines that stand for text between two chunks (ContextAssembler) say nothing to a model.
            List<String> bodies = stretches.stream()
                    .map(st -> source.text().substring(st.from(), st.to()).replaceAll("\\n{3,}", "\n\n"))
                    .toList();
            String body = String.join(" … ", bodies);
            // A line already inside the text (a lead-in sentence it holds) is not repeated on top.
            List<String> top = lines.stream().filter(l -> !body.contains(l)).toList();
            String text = top.isEmpty() ? body : String.join("\n", top) + "\n" + body;
            int start = documentOffset(source, stretches.getFirst().from());
            int end = Math.max(start, documentOffset(source, stretches.getLast().to()));
            return new Passage(
                    n,
                    source.path(),
                    source.title(),
                    source.page(),
                    start,
                    end,
                    text,
                    source.relevance(),
                    source.language(),
                    source.part(),
                    source.scanned());
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
