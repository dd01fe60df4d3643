package io.podium.errors;

/** One offending input of a refused request: the item index (null for top-level fields), the field and why. */
public record ErrorDetail(Integer index, String field, String message) {
    public static ErrorDetail field(String field, String message) {
        return new ErrorDetail(null, field, message);
    }

    public static ErrorDetail item(int index, String field, String message) {
        return new ErrorDetail(index, field, message);
    }
}
