package org.broadsheet.people;

/**
 * Where a request for a mailed link came from: the client's address, which limits how often it may ask, and the
 * site's address as the request named it, which links in the mail use only when no public address is configured
 * and it is this machine (a Host header is the requester's to choose, and a link to their site would hand them
 * the secret).
 */
public record RequestOrigin(String clientAddress, String siteAddress) {
}
