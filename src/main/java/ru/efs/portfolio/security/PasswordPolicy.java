package ru.efs.portfolio.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.Problem.FieldError;

/**
 * What a password set through the API must be: long enough, not the login, not one of the common passwords the
 * product ships ({@code security/common-passwords.txt}), and short enough for bcrypt to tell it from any other.
 * bcrypt reads 72 bytes, the password's UTF-8 and a closing zero byte: a 72-byte password would equal itself with
 * anything appended, so 71 bytes is the most, and a zero byte or other control character is never part of one.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** bcrypt ignores what follows the 72nd byte, the closing zero included: two longer ones could be equal. */
    public static final int MAX_BYTES = 71;
    private static final String FIELD = "password";
    private static final String COMMON_LIST = "security/common-passwords.txt";

    private final Set<String> common = load();

    /** Refuses the password with a 400 naming the field and every rule it breaks. */
    public void check(String username, String password) {
        List<FieldError> errors = violations(username, password);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }

    public List<FieldError> violations(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null) {
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        String lower = password.toLowerCase(Locale.ROOT);
        if (length < MIN_LENGTH) {
            errors.add(new FieldError(FIELD, "user.password.tooShort", MIN_LENGTH));
        }
        if (bytes > MAX_BYTES) {
            errors.add(new FieldError(FIELD, "user.password.tooLong", MAX_BYTES, bytes, MAX_BYTES / 2));
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(FIELD, "user.password.control"));
        }
        String login = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!login.isEmpty() && lower.contains(login)) {
            errors.add(new FieldError(FIELD, "user.password.containsUsername"));
        }
        if (common.contains(lower)) {
            errors.add(new FieldError(FIELD, "user.password.common"));
        }
        return errors;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
