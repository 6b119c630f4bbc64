package org.broadsheet.people;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A username and password together with the address they came from, which the sign-in form reads from the
 * request ({@link org.broadsheet.shared.ClientAddresses}): failed sign-ins are limited per username and per
 * address. A credential without an address is counted under one address shared by all such callers.
 */
public class SignInCredential extends UsernamePasswordCredential {

    private final String clientAddress;

    public SignInCredential(String username, String password, String clientAddress) {
        super(username, new Password(password));
        this.clientAddress = clientAddress;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
