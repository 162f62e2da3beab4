package app.farol.ui.sources;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BaseMultiResolutionImage;
import java.awt.image.BufferedImage;
import javax.swing.ImageIcon;

/**
 * A rendered page as an icon that stays sharp on HiDPI screens: the page is rendered at device
 * pixels and wrapped with a logical-size copy, so Swing lays it out at its logical size and paints
 * the device-pixel image. Made in the background.
 *
 * @param rendered the page and its highlights, in device pixels
 * @param icon what the page label shows
 * @param scale device pixels per logical pixel
 */
record PageIcon(PdfPageImage.Rendered rendered, ImageIcon icon, double scale) {

    static PageIcon of(PdfPageImage.Rendered r, double scale) {
        BufferedImage device = r.image();
        if (scale <= 1.01) {
            return new PageIcon(r, new ImageIcon(device), 1);
        }
        int w = (int) Math.round(device.getWidth() / scale);
        int h = (int) Math.round(device.getHeight() / scale);
        BufferedImage logical = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = logical.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(device, 0, 0, w, h, null);
        g.dispose();
        return new PageIcon(r, new ImageIcon(new BaseMultiResolutionImage(logical, device)), scale);
    }

    /** A highlight rectangle in the label's (logical) pixels. */
    Rectangle logical(Rectangle device) {
        return new Rectangle((int) (device.x / scale), (int) (device.y / scale), (int) (device.width / scale), (int)
                (device.height / scale));
    }
}
