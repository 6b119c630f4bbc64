package org.broadsheet.content;

import jakarta.ejb.ApplicationException;

/** A change that makes no sense in the article's current state, e.g. publishing it twice. */
@ApplicationException(rollback = true)
public class ArticleStateException extends RuntimeException {

    public ArticleStateException(String message) {
        super(message);
    }
}
