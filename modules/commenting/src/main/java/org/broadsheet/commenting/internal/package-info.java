/** The comment entity and the services behind the commenting API. */
package org.broadsheet.commenting.internal;
