package io.podium.ids;

import java.util.regex.Pattern;

/** A company id (copid): it appears in paths and in DynamoDB keys, where '#' separates key parts. */
public final class CompanyId {
    private static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

    private CompanyId() {
    }

    public static boolean isValid(String copid) {
        return VALID.matcher(copid).matches();
    }
}
