package app.farol.serve;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, with bursts of up to a
 * tenth of that. Thread-safe.
 */
final class RateLimiter {
    private final double perNano;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }
    }

    RateLimiter(int perMinute) {
        this.perNano = perMinute / 60e9;
        this.burst = Math.max(1, perMinute / 10.0);
    }

    boolean allow(String client) {
        long now = System.nanoTime();
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.last) * perNano);
            b.last = now;
            if (b.tokens < 1) {
                return false;
            }
            b.tokens -= 1;
            return true;
        }
    }
}
