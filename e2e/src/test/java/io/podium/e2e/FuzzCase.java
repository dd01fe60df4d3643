package io.podium.e2e;

import java.nio.charset.StandardCharsets;

/**
 * One request of a property: the route's own path unless {@code pathOverride} is given, where {@code @SELF} and
 * {@code @UPPER} stand for the company's copid and the copid in upper case; {@code what} says how it was made.
 */
record FuzzCase(FuzzRoute route, String pathOverride, byte[] body, String contentType, String query, String what) {
    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        return route.method + " " + (pathOverride == null ? route : pathOverride) + (query == null ? "" : "?" + query)
                + " [" + contentType + "] " + what + ": "
                + (text.length() > 300 ? text.substring(0, 300) + "…(" + body.length + " bytes)" : text);
    }
}
