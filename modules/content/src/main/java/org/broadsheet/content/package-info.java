/**
 * Content: articles, topics and publishing. {@link org.broadsheet.content.Newsroom} is what editors do,
 * {@link org.broadsheet.content.PublishedArticles} is what every reader may read; records carry the data
 * out. Later modules add to the article page with a {@code PageSection<PublishedArticle>} (shared's ui).
 */
package org.broadsheet.content;
