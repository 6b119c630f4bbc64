package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated demo passwords go to a file only its owner can read, beside the embedded database when there is one. */
class DemoPasswordsTest {

    @TempDir
    Path folder;

    @Test
    void the_file_sits_beside_an_embedded_database_file() throws Exception {
        var url = "jdbc:h2:file:" + folder.resolve("broadsheet") + ";WRITE_DELAY=0";

        assertThat(DemoPasswords.file(Optional.empty(), url)).isEqualTo(folder.resolve("demo-passwords.txt"));
        assertThat(DemoPasswords.file(Optional.of("/srv/secrets/demo.txt"), url)).isEqualTo(Path.of("/srv/secrets/demo.txt"));
    }

    @Test
    void without_a_database_folder_it_is_a_new_temporary_file() throws Exception {
        var inMemory = DemoPasswords.file(Optional.empty(), "jdbc:h2:mem:broadsheet;DB_CLOSE_DELAY=-1");
        var postgres = DemoPasswords.file(Optional.empty(), "jdbc:postgresql://db.internal:5432/broadsheet");
        try {
            assertThat(inMemory.getFileName().toString()).startsWith("broadsheet-demo-passwords-");
            assertThat(postgres).isNotEqualTo(inMemory);
        } finally {
            Files.deleteIfExists(inMemory);
            Files.deleteIfExists(postgres);
        }
    }

    @Test
    void only_the_owner_can_read_it_and_it_replaces_an_earlier_one() throws Exception {
        var file = folder.resolve("demo-passwords.txt");
        Files.writeString(file, "admin=an-old-password\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        var passwords = new LinkedHashMap<String, String>();
        passwords.put("admin", "Xq3-generated");
        passwords.put("reader", "Rt9-generated");

        DemoPasswords.write(file, passwords);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).contains("admin=Xq3-generated", "reader=Rt9-generated")
                .doesNotContain("admin=an-old-password");
    }
}
