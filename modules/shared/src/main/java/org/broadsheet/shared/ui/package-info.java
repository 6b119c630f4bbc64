/**
 * How reading pages are built in every module: a {@link org.broadsheet.shared.ui.ReadingView} sends its
 * complete content in the first HTML response, and {@link org.broadsheet.shared.ui.StaticHtml} lets the
 * live view take that content over without the server keeping a copy per reader. The one {@code ui}
 * package other modules' views may use.
 */
package org.broadsheet.shared.ui;
