package app.farol.bench;

import app.farol.core.ingest.Reason;
import app.farol.core.retrieval.KeywordQueries;
import app.farol.core.store.FileRecord;
import app.farol.core.store.FileStatus;
import app.farol.core.store.PassageFilter;
import app.farol.core.store.StoredPassage;
import app.farol.core.store.solr.SolrPassageStore;
import app.farol.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kills one Solr node with SIGKILL, first while a person searches, then while Farol indexes, and
 * prints what that person would have seen: errors, empty answers, the longest wait, and how long
 * until the node is back. 2 shards x 2 replicas on 3 nodes, so every shard keeps a replica.
 * Passages carry real-looking text and random unit vectors: the drill measures the store, not
 * the embedder.
 */
final class NodeKillDrill {
    private static final int PASSAGES_PER_FILE = 20;
    private static final String[] WORDS =
            ("lease rent keeper lighthouse kettle vinegar water protein cell gene expression tumour therapy"
                            + " patients study results trial dose blood brain heart contract clause notice month year")
                    .split(" ");

    private final LocalSolrCluster cluster;
    private final SolrPassageStore store;
    private final Random random = new Random(7);

    NodeKillDrill(LocalSolrCluster cluster, SolrPassageStore store) {
        this.cluster = cluster;
        this.store = store;
    }

    void run() throws Exception {
        for (int f = 0; f < 40; f++) {
            store.replaceFile(record("drill/search-" + f), passages("drill/search-" + f));
        }
        store.commit();
        searching();
        indexing();
    }

    /** Searches in a loop; kills node 1 after a baseline, restarts it 30 s later; 10 s more. */
    private void searching() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        List<long[]> searches = java.util.Collections.synchronizedList(new ArrayList<>()); // start, end, hits
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread searcher = Thread.ofPlatform().start(() -> {
            while (!done.get()) {
                long start = System.nanoTime();
                try {
                    int hits = store.keywordSearch(KeywordQueries.of(sentence(4)), PassageFilter.NONE, 10)
                                    .size()
                            + store.vectorSearch(unit(), PassageFilter.NONE, 10).size();
                    searches.add(new long[] {start, System.nanoTime(), hits});
                } catch (RuntimeException e) {
                    errors.add(e.getMessage());
                    searches.add(new long[] {start, System.nanoTime(), -1});
                }
            }
        });
        // a baseline of at least 5 s and 10 searches: on a loaded machine one search may take seconds
        long baselineEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < baselineEnd || searches.size() < 10) {
            Thread.sleep(200);
        }
        long kill = System.nanoTime();
        cluster.kill(1);
        Thread.sleep(30_000);
        long restart = System.nanoTime();
        cluster.restart(1);
        double back = (System.nanoTime() - restart) / 1e9;
        Thread.sleep(10_000);
        done.set(true);
        searcher.join();

        List<long[]> all = List.copyOf(searches);
        long empty = all.stream().filter(s -> s[2] == 0).count();
        double before = percentile(all.stream().filter(s -> s[1] < kill).toList(), 50);
        double worstAfter = all.stream()
                .filter(s -> s[1] >= kill)
                .mapToDouble(s -> (s[1] - s[0]) / 1e6)
                .max()
                .orElse(0);
        // recovered: from the kill until the first search after which none waits more than 4x the usual
        long recovered = kill;
        for (long[] s : all) {
            if (s[1] >= kill && (s[1] - s[0]) / 1e6 > Math.max(4 * before, 100)) {
                recovered = s[1];
            }
        }
        System.out.printf(
                Locale.ROOT,
                "kill while searching  %d searches (keyword + vector), %d errors, %d empty answers; p50 before %.0f ms,"
                        + " longest after the kill %.0f ms; searches back to usual speed %.1f s after the kill;"
                        + " node live again %.0f s after its restart (load %s)%n",
                all.size(),
                errors.size(),
                empty,
                before,
                worstAfter,
                (recovered - kill) / 1e9,
                back,
                Load.now());
        errors.stream().distinct().limit(3).forEach(e -> System.out.println("  error: " + e));
    }

    /** Replaces 60 files one after another; kills node 2 after the 10th; checks every file after. */
    private void indexing() throws Exception {
        int retriesBefore = store.retries();
        List<String> errors = new ArrayList<>();
        double longest = 0;
        long kill = 0;
        long firstAfter = 0;
        for (int f = 0; f < 60; f++) {
            if (f == 10) {
                kill = System.nanoTime();
                cluster.kill(2);
            }
            String path = "drill/index-" + f;
            long start = System.nanoTime();
            try {
                store.replaceFile(record(path), passages(path));
            } catch (RuntimeException e) {
                errors.add(path + ": " + e.getMessage());
            }
            long end = System.nanoTime();
            if (f >= 10) {
                longest = Math.max(longest, (end - start) / 1e9);
                firstAfter = firstAfter == 0 ? end : firstAfter;
            }
        }
        store.commit();
        int complete = wholeFiles(true);
        System.out.printf(
                Locale.ROOT,
                "kill while indexing   60 files of %d passages, node killed before file 11: %d errors, %d of 60 files"
                        + " whole afterwards, %d requests retried; the first write after the kill took %.1f s,"
                        + " the longest %.1f s (load %s)%n",
                PASSAGES_PER_FILE,
                errors.size(),
                complete,
                store.retries() - retriesBefore,
                (firstAfter - kill) / 1e9,
                longest,
                Load.now());
        errors.stream().limit(3).forEach(e -> System.out.println("  error: " + e));
        long restart = System.nanoTime();
        cluster.restart(2);
        double live = (System.nanoTime() - restart) / 1e9;
        int wholeAfterRestart = wholeFiles(true);
        System.out.printf(
                Locale.ROOT,
                "after the restart     node live again %.0f s after its restart; %d of 60 files whole (load %s)%n",
                live,
                wholeAfterRestart,
                Load.now());
    }

    /** How many of the indexed files {@code passagesOf} returns whole; prints what the others have. */
    private int wholeFiles(boolean explain) {
        int whole = 0;
        for (int f = 0; f < 60; f++) {
            String path = "drill/index-" + f;
            List<StoredPassage> p = store.passagesOf(path);
            if (p.size() == PASSAGES_PER_FILE) {
                whole++;
            } else if (explain) {
                System.out.println("  not whole: " + path + " " + p.size() + " passages; " + store.describe(path));
            }
        }
        return whole;
    }

    private FileRecord record(String path) {
        return new FileRecord(path, 1, 0, "", FileStatus.INDEXED, Reason.NONE, PASSAGES_PER_FILE, "drill", "txt");
    }

    private List<StoredPassage> passages(String path) {
        List<StoredPassage> list = new ArrayList<>();
        for (int i = 0; i < PASSAGES_PER_FILE; i++) {
            String text = sentence(30);
            list.add(new StoredPassage(
                    path, "drill", "txt", Language.ENGLISH, i, text, 0, List.of(), 0, text.length(), unit()));
        }
        return list;
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private synchronized float[] unit() {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private static double percentile(List<long[]> searches, int p) {
        double[] ms =
                searches.stream().mapToDouble(s -> (s[1] - s[0]) / 1e6).sorted().toArray();
        return ms.length == 0 ? 0 : ms[Math.max(0, (int) Math.ceil(p / 100.0 * ms.length) - 1)];
    }
}
