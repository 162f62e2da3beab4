package app.farol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code .safetensors} file whose tensor contents come from a {@link Filler}, streaming,
 * so a model larger than the heap can be written. Declare every tensor, then call {@link #write}.
 * Not thread-safe.
 */
final class SafetensorsWriter {

    /** Fills the next {@code buffer.remaining()} bytes of a tensor. */
    interface Filler {
        void fill(ByteBuffer buffer);
    }

    private record Entry(String name, String dtype, long[] shape, long bytes, Filler filler) {}

    private static final int CHUNK = 8 << 20;
    private final List<Entry> entries = new ArrayList<>();

    void add(String name, String dtype, long[] shape, long bytes, Filler filler) {
        entries.add(new Entry(name, dtype, shape, bytes, filler));
    }

    /** Total size of the tensor data, without the header. */
    long dataBytes() {
        return entries.stream().mapToLong(Entry::bytes).sum();
    }

    void write(Path file) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("__metadata__", Map.of("format", "pt", "writer", "farol-random-model"));
        long offset = 0;
        for (Entry e : entries) {
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("dtype", e.dtype());
            info.put("shape", e.shape());
            info.put("data_offsets", new long[] {offset, offset + e.bytes()});
            header.put(e.name(), info);
            offset += e.bytes();
        }
        byte[] json = new ObjectMapper().writeValueAsBytes(header);
        int padded = (json.length + 7) / 8 * 8;
        ByteBuffer head = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        head.putLong(padded).put(json);
        while (head.hasRemaining()) {
            head.put((byte) ' ');
        }
        head.flip();
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(ch, head);
            ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
            for (Entry e : entries) {
                long left = e.bytes();
                while (left > 0) {
                    buf.clear().limit((int) Math.min(CHUNK, left));
                    e.filler().fill(buf);
                    buf.flip();
                    left -= buf.remaining();
                    writeFully(ch, buf);
                }
            }
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    static String json(Object value) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
