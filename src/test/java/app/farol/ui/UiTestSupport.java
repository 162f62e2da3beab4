package app.farol.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/**
 * Small helpers for tests that drive the real window: run on the event thread, wait, find,
 * screenshot. Shared by the UI tests of every package.
 */
public final class UiTestSupport {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private UiTestSupport() {}

    /** Runs {@code c} on the event thread and returns its result. */
    public static <T> T onEdt(Callable<T> c) {
        if (SwingUtilities.isEventDispatchThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(c.call());
                } catch (Exception e) {
                    error.set(e);
                }
            });
        } catch (InterruptedException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        if (error.get() != null) {
            throw new IllegalStateException(error.get());
        }
        return result.get();
    }

    public static void onEdt(Runnable r) {
        onEdt(() -> {
            r.run();
            return null;
        });
    }

    /** Polls {@code condition} on the event thread until it holds; fails with {@code what} after {@code timeout}. */
    public static void await(String what, Duration timeout, Callable<Boolean> condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(onEdt(condition))) {
                return;
            }
            sleep(200);
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what);
    }

    /**
     * The outcome a Settings "Test connection" shows in the text component {@code name} ("Connected
     * …" or "Not connected …", in English), once it is there, at most 90 s.
     */
    public static String awaitConnectionResult(Container root, String name) {
        String[] text = {""};
        await("a connection test's result in " + name, Duration.ofSeconds(90), () -> {
            text[0] = ((javax.swing.text.JTextComponent) search(root, name)).getText();
            return text[0].startsWith("Connected") || text[0].startsWith("Not connected");
        });
        return text[0];
    }

    /** The component with this name inside the window (the views name their parts). */
    @SuppressWarnings("unchecked")
    public static <T extends Component> T find(Container root, String name) {
        return (T) onEdt(() -> search(root, name));
    }

    private static Component search(Container c, String name) {
        for (Component child : c.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container k) {
                Component found = search(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Saves a picture of the window as target/screenshots/NAME.png. The window paints itself into
     * the image, so other windows on a shared display cannot get into the picture.
     */
    public static Path screenshot(javax.swing.JFrame w, String name) {
        try {
            sleep(300); // let the last background result land
            Files.createDirectories(SCREENSHOTS);
            BufferedImage image = onEdt(() -> {
                javax.swing.JRootPane root = w.getRootPane();
                BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = img.createGraphics();
                root.paint(g);
                g.dispose();
                return img;
            });
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
