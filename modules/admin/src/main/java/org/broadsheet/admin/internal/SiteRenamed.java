package org.broadsheet.admin.internal;

/** Fired after a rename commits, so the cached name every page reads is refreshed. */
record SiteRenamed(String siteName) {
}
