/** The reader's pages of the content module: the front page and the article page. */
package org.broadsheet.content.ui;
