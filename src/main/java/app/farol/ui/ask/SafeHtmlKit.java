package app.farol.ui.ask;

import javax.swing.text.AbstractDocument;
import javax.swing.text.Element;
import javax.swing.text.View;
import javax.swing.text.ViewFactory;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.InlineView;

/**
 * An HTML kit that never loads anything: images, objects and frames become empty text. The
 * conversation page escapes all outside text already; this is the second lock on the door, so
 * that a mistake in escaping still cannot make the window fetch a URL.
 */
final class SafeHtmlKit extends HTMLEditorKit {
    private static final ViewFactory FACTORY = new HTMLFactory() {
        @Override
        public View create(Element elem) {
            Object name = elem.getAttributes().getAttribute(AbstractDocument.ElementNameAttribute) != null
                    ? null
                    : elem.getAttributes().getAttribute(javax.swing.text.StyleConstants.NameAttribute);
            if (name == HTML.Tag.IMG || name == HTML.Tag.OBJECT || name == HTML.Tag.FRAME || name == HTML.Tag.APPLET) {
                return new InlineView(elem);
            }
            return super.create(elem);
        }
    };

    @Override
    public ViewFactory getViewFactory() {
        return FACTORY;
    }
}
