import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws a few lines of known text as a page image would hold them: java PageImage.java out.png */
public class PageImage {
    public static void main(String[] args) throws Exception {
        String[] lines = {
            "The harbour master signs the mooring permit",
            "for the fishing boat Estrela on Friday morning.",
        };
        BufferedImage image = new BufferedImage(1400, 300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, 110 + i * 80);
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
