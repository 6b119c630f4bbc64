/** Stored site settings and the {@link org.broadsheet.shared.Site} every page reads its name from. */
package org.broadsheet.admin.internal;
