package org.broadsheet.shared.ui;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Entity tags for HTTP revalidation: the same bytes always get the same tag, different bytes (practically) never. */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag's value, unquoted: 27 URL-safe characters of the bytes' SHA-256 (160 bits). */
    public static String of(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
