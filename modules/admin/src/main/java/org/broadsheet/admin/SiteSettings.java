package org.broadsheet.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Settings an admin can change while the site runs. */
public interface SiteSettings {

    String siteName();

    /** Admins only. */
    void rename(@NotBlank @Size(max = 80) String siteName);

    /** Whether readers may open accounts themselves: on until an admin turns it off. */
    boolean readersMayRegister();

    /** Admins only. */
    void letReadersRegister(boolean allowed);
}
