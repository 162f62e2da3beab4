package app.farol.core.ocr;

/**
 * One word Tesseract read, where it stands on the page image and how sure it was.
 *
 * @param text the word as read, never blank
 * @param left left edge in pixels of the image that was read
 * @param top top edge in pixels
 * @param width width in pixels
 * @param height height in pixels
 * @param confidence Tesseract's confidence, 0 to 100
 * @param block Tesseract's block number on the page (paragraphs and lines are counted within it)
 * @param paragraph paragraph number within the block
 * @param line line number within the paragraph
 */
public record OcrWord(
        String text, int left, int top, int width, int height, double confidence, int block, int paragraph, int line) {}
