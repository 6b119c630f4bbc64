package org.broadsheet.shared;

/**
 * The publication's identity as readers see it. Declared here so that pages of any module can name the
 * site, while the admin module, which lets an admin change it, provides the implementation.
 */
public interface Site {

    /** The masthead name, e.g. "The Broadsheet". */
    String name();

    /** Whether readers may open accounts themselves (on unless an admin turned it off). */
    boolean readersMayRegister();
}
