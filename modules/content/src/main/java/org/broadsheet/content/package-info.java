/**
 * Content: articles, topics and publishing. {@link org.broadsheet.content.Newsroom} is what editors do,
 * {@link org.broadsheet.content.PublishedArticles} is what every reader may read; records carry the data
 * out, and {@link org.broadsheet.content.ArticlePageSection} lets later modules add to the article page.
 */
package org.broadsheet.content;
