package io.podium.local.apigateway;

import io.podium.local.template.TemplateException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An API Gateway resource path such as {@code /items/{id}} or {@code /files/{path+}}. */
record PathTemplate(String text, List<Segment> segments) {

    /** In increasing order of precedence: API Gateway prefers a literal segment to a parameter, and both to greedy. */
    enum Kind { GREEDY, PARAMETER, LITERAL }

    record Segment(Kind kind, String value) {
    }

    static PathTemplate parse(String text) {
        if (!text.startsWith("/")) {
            throw new TemplateException("path " + text + " must start with /");
        }
        List<Segment> segments = new ArrayList<>();
        for (String part : splitPath(text)) {
            if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == Kind.GREEDY) {
                throw new TemplateException("path " + text + ": a greedy {name+} parameter must be the last segment");
            }
            if (part.startsWith("{") && part.endsWith("}")) {
                String name = part.substring(1, part.length() - 1);
                segments.add(name.endsWith("+")
                        ? new Segment(Kind.GREEDY, name.substring(0, name.length() - 1))
                        : new Segment(Kind.PARAMETER, name));
            } else if (part.contains("{") || part.contains("}")) {
                throw new TemplateException("path " + text + ": a parameter must be a whole segment");
            } else {
                segments.add(new Segment(Kind.LITERAL, part));
            }
        }
        return new PathTemplate(text, List.copyOf(segments));
    }

    /** The segments of a path; the root path "/" has none. */
    static List<String> splitPath(String path) {
        String withoutSlash = path.substring(1);
        return withoutSlash.isEmpty() ? List.of() : List.of(withoutSlash.split("/", -1));
    }

    /** The path parameters, if the (decoded) request path segments match. */
    Optional<Map<String, String>> match(List<String> path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (i >= path.size()) {
                return Optional.empty();
            }
            String actual = path.get(i);
            switch (segment.kind()) {
                case LITERAL -> {
                    if (!segment.value().equals(actual)) {
                        return Optional.empty();
                    }
                }
                case PARAMETER -> {
                    if (actual.isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(segment.value(), actual);
                }
                case GREEDY -> {
                    String rest = String.join("/", path.subList(i, path.size()));
                    if (rest.isEmpty()) {
                        return Optional.empty();
                    }
                    parameters.put(segment.value(), rest);
                    return Optional.of(parameters);
                }
            }
        }
        return segments.size() == path.size() ? Optional.of(parameters) : Optional.empty();
    }

    /** Positive when this template takes precedence over the other for a path both match. */
    int compareSpecificity(PathTemplate other) {
        for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
            int byKind = segments.get(i).kind().compareTo(other.segments.get(i).kind());
            if (byKind != 0) {
                return byKind;
            }
        }
        return 0;
    }

    /** The first segments with parameter names left out: templates of one shape are one API Gateway resource. */
    String shape(int length) {
        return prefix(length, false);
    }

    /** The first segments as written. */
    String prefix(int length) {
        return prefix(length, true);
    }

    String shape() {
        return shape(segments.size());
    }

    private String prefix(int length, boolean withNames) {
        StringBuilder prefix = new StringBuilder();
        for (Segment segment : segments.subList(0, length)) {
            String name = withNames ? segment.value() : "";
            prefix.append('/').append(switch (segment.kind()) {
                case LITERAL -> segment.value();
                case PARAMETER -> "{" + name + "}";
                case GREEDY -> "{" + name + "+}";
            });
        }
        return prefix.toString();
    }
}
