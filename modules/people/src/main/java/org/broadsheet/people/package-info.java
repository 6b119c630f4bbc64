/**
 * People: the staff and reader accounts, their roles, and signing in. Other modules use the records and
 * the {@link org.broadsheet.people.Accounts} service here and refer to an account by its id.
 */
package org.broadsheet.people;
