package org.broadsheet.people;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.broadsheet.people.internal.PasswordStrength;

/**
 * A password people choose for themselves: 12 to 200 characters, and not one attackers try first (a common
 * password, a keyboard run, one character repeated). Length and a list beat rules about symbols (NIST SP
 * 800-63B): "Tr0ub4dor&3" is weaker than four random words.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = PasswordStrength.class)
public @interface StrongPassword {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
