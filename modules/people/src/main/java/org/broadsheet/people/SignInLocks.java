package org.broadsheet.people;

import java.time.Duration;
import java.util.Optional;

/**
 * Failed sign-ins first slow down and then lock, for a while, the username tried (whether an account has it
 * or not, so a lock says nothing about who has an account) and the address they came from. While either is
 * locked no password is checked, not even the right one.
 */
public interface SignInLocks {

    /** How long signing in as this username from this address stays closed; empty when it is open. */
    Optional<Duration> lockedFor(String username, String clientAddress);
}
