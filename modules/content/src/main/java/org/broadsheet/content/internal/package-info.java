/** The article and topic entities and the services behind the content API. */
package org.broadsheet.content.internal;
