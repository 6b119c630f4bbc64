/**
 * The content module's ways in for readers and machines: its reading pages (front page, article, topic), its
 * feeds and sitemaps, and its read-only JSON API ({@code /api}).
 */
package org.broadsheet.content.ui;
