package app.farol.ui;

import app.farol.core.library.LibraryService;
import app.farol.core.retrieval.Retriever;
import app.farol.ui.ask.AskBackend;
import app.farol.ui.settings.ModelManager;
import app.farol.ui.sources.PassageLookup;

/**
 * What the window works with once the library is open; the app wires them.
 *
 * @param library the library and its index writer
 * @param retriever searches the same index
 * @param passages finds a passage with its neighbours
 * @param ask the answer path
 * @param models the model manager
 */
public record DesktopServices(
        LibraryService library, Retriever retriever, PassageLookup passages, AskBackend ask, ModelManager models) {}
