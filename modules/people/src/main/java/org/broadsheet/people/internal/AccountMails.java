package org.broadsheet.people.internal;

/** The words of the mails about accounts, plain text: a reader's mail program shows them as written. */
final class AccountMails {

    private AccountMails() {
    }

    static String confirm(String site, String name, String link) {
        return """
                Hello %s,

                Please confirm that this is your email address, to finish opening your account at %s:

                %s

                The link works once, for two days. If you did not register, ignore this mail: no account is
                opened without this confirmation.
                """.formatted(name, site, link);
    }

    static String alreadyRegistered(String site, String name, String links) {
        return """
                Hello %s,

                Someone (perhaps you) tried to register at %s with this email address. You already have an
                account: sign in at %slogin, or choose a new password at %saccount/forgot if you have forgotten it.

                If it was not you, ignore this mail: nothing was changed.
                """.formatted(name, site, links, links);
    }

    static String reset(String site, String name, String link) {
        return """
                Hello %s,

                Someone (we hope you) asked to choose a new password for your account at %s. To do so, open:

                %s

                The link works once, for an hour. If you did not ask, ignore this mail: your password stays as it is.
                """.formatted(name, site, link);
    }

    static String invitation(String site, String name, String link) {
        return """
                Hello %s,

                You are invited to join %s. To accept, choose your password here:

                %s

                The link works once, for a week. Then sign in with this email address.
                """.formatted(name, site, link);
    }

    static String confirmNewAddress(String site, String name, String link) {
        return """
                Hello %s,

                You asked to use this email address for your account at %s. To confirm it is yours, open:

                %s

                The link works once, for two days. Until then your account keeps its old address. If you did
                not ask, ignore this mail.
                """.formatted(name, site, link);
    }

    static String addressChanged(String site, String name) {
        return """
                Hello %s,

                The email address of your account at %s was changed, by following a link sent to the new one.
                This address gets no more mail from us. If you did not ask for it, tell the site's admin at once:
                someone who knew your password may have taken the account.
                """.formatted(name, site);
    }

    static String addressInUse(String site, String name) {
        return """
                Hello %s,

                Someone signed in at %s asked to use this email address for their account. It is yours, so
                nothing was changed. If it was you, with another account, sign in to that one instead.
                """.formatted(name, site);
    }
}
