/** Producers behind the shared API; other modules never refer to these classes. */
package org.broadsheet.shared.internal;
