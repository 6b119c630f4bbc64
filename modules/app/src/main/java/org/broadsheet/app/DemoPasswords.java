package org.broadsheet.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Where the passwords generated for demo accounts are told: a file only its owner may read, never the server
 * log, which is kept, rotated, copied and shipped long after the first start. The file sits beside an H2 file
 * database ({@code demo-passwords.txt}), or where {@code broadsheet.demo-content.passwords-file} says, or,
 * for any other database, in a new temporary file; the log names it.
 */
final class DemoPasswords {

    static final String FILE_KEY = "broadsheet.demo-content.passwords-file";
    static final String FILE_NAME = "demo-passwords.txt";

    private DemoPasswords() {
    }

    /**
     * @param configured the operator's choice of file, if any
     * @param databaseUrl the JDBC URL of the database being seeded
     */
    static Path file(Optional<String> configured, String databaseUrl) throws IOException {
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        var database = h2DatabaseFile(databaseUrl);
        if (database.isPresent() && database.get().getParent() != null) {
            return database.get().resolveSibling(FILE_NAME);
        }
        return Files.createTempFile("broadsheet-demo-passwords-", ".txt"); // owner-only on POSIX
    }

    /** The file of an embedded H2 database (jdbc:h2:file:/srv/broadsheet/broadsheet;…), not of mem: or tcp:. */
    static Optional<Path> h2DatabaseFile(String databaseUrl) {
        if (databaseUrl == null || !databaseUrl.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        var name = databaseUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^[a-zA-Z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:… (a drive letter has one letter)
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath());
    }

    /** Writes the passwords, replacing any earlier file, readable and writable by its owner only. */
    static void write(Path file, Map<String, String> passwords) throws IOException {
        var text = new StringBuilder()
                .append("# Broadsheet demo accounts, created ").append(Instant.now()).append(" with generated passwords.\n")
                .append("# Only a hash of each is stored in the database: this file is the only copy. Delete it once noted.\n");
        passwords.forEach((username, password) -> text.append(username).append('=').append(password).append('\n'));
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            var plain = file.toFile();
            var ownerOnly = plain.setReadable(false, false) && plain.setWritable(false, false)
                    && plain.setReadable(true, true) && plain.setWritable(true, true);
            if (!ownerOnly) {
                throw new IOException("Could not make " + file + " readable by its owner only");
            }
        }
        Files.writeString(file, text);
    }
}
