package org.broadsheet.people.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.people.StrongPassword;

/** Checks {@link StrongPassword}: says which rule a password breaks, in the words the form shows. */
public class PasswordStrength implements ConstraintValidator<StrongPassword, String> {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load();
    /** Rows of a keyboard and the alphabet and digits in order, for runs such as "asdfghjkl;'" or "987654321". */
    private static final String[] RUNS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz"};

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        var problem = problemWith(password);
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem.get().replace("{", "\\{")).addConstraintViolation();
        return false;
    }

    /** What is wrong with the password, as the person choosing it should be told; empty when nothing is. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters: a few words together are easy to remember.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        var folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded) || password.codePoints().distinct().count() < 4 || isRun(folded)) {
            return Optional.of("That password is among the first ones attackers try. Choose another: a few unrelated "
                    + "words work well.");
        }
        return Optional.empty();
    }

    /** A stretch of one row of the keyboard or of the alphabet, forwards or backwards, and repeated. */
    private static boolean isRun(String folded) {
        for (var run : RUNS) {
            var twice = run + run;
            var backwards = new StringBuilder(twice).reverse().toString();
            if (twice.contains(folded) || backwards.contains(folded)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        var list = PasswordStrength.class.getResourceAsStream("common-passwords.txt");
        if (list == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the people module");
        }
        try (var reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
