/** The comments below an article and the form to leave one; added to the article page as a section. */
package org.broadsheet.commenting.ui;
