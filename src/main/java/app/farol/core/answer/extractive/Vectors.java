package app.farol.core.answer.extractive;

/** Vector arithmetic for embeddings. */
public final class Vectors {
    private Vectors() {}

    /** Cosine similarity; embeddings are unit length, but this does not rely on it. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
