package org.broadsheet.content;

import jakarta.ejb.ApplicationException;

/** The article asked for does not exist (any more). */
@ApplicationException(rollback = true)
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(long id) {
        super("There is no article with id " + id + ".");
    }
}
