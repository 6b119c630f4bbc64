package org.broadsheet.content;

import jakarta.ejb.ApplicationException;

/** Someone else saved the article after this editor opened it: saving now would silently undo their work. */
@ApplicationException(rollback = true)
public class ArticleChangedMeanwhileException extends RuntimeException {

    public ArticleChangedMeanwhileException(String headline) {
        super("“" + headline + "” was changed by someone else after you opened it. "
                + "Reload it to see their version, then apply your changes again.");
    }
}
