package app.farol.ui.library;

/**
 * What the Library view counts after one reading of the index, for every other view that says a
 * count: one source, so the status line never contradicts the lists.
 *
 * @param files files the folder table lists (the sum of its Files column)
 * @param problems rows of the problem list
 */
public record LibraryCounts(int files, int problems) {}
