package app.farol.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Farol's icon, a lighthouse with its beam, drawn in code at each size the window manager asks
 * for: no image file to keep in step with the look.
 */
final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {}

    /** Writes the 256-pixel icon as a PNG (the installer's icon: see packaging/package.sh). */
    public static void main(String[] args) throws java.io.IOException {
        javax.imageio.ImageIO.write(draw(256), "png", new java.io.File(args[0]));
    }

    static List<Image> images() {
        return SIZES.stream().map(AppIcon::draw).map(Image.class::cast).toList();
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 64.0, size / 64.0);
        g.setColor(new Color(0x1F3A5F)); // night sea
        g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 14, 14));
        g.setColor(new Color(255, 210, 64, 150)); // the beam
        g.fillPolygon(new Polygon(new int[] {32, 64, 64}, new int[] {17, 4, 30}, 3));
        g.fillPolygon(new Polygon(new int[] {32, 0, 0}, new int[] {17, 4, 30}, 3));
        g.setColor(Color.WHITE); // the tower
        g.fillPolygon(new Polygon(new int[] {26, 38, 42, 22}, new int[] {22, 22, 56, 56}, 4));
        g.setColor(new Color(0xD9463B)); // its bands
        g.fillRect(24, 32, 16, 5);
        g.fillRect(23, 44, 18, 5);
        g.setColor(new Color(0xFFD240)); // the lamp
        g.fillRect(27, 13, 10, 8);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(25, 12, 39, 12);
        g.fillRect(14, 56, 36, 3); // the rock
        g.dispose();
        return image;
    }
}
