package io.podium.local.boot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.podium.local.support.LocalJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The event of {@code invoke}, checked before anything starts: one JSON document, from a file or stdin. */
final class InvokeEvent {
    private static final ObjectReader ONE_DOCUMENT = LocalJson.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private InvokeEvent() {
    }

    /** The event's bytes as given; the handler binding turns them into the handler's input type. */
    static byte[] read(Path file, InputStream stdin) {
        boolean fromStdin = file.equals(InvokeOptions.STDIN);
        String source = fromStdin ? "the event on stdin" : "event file " + file;
        byte[] event;
        try {
            event = fromStdin ? stdin.readAllBytes() : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read " + source + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("cannot read " + source + ": permission denied");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + source + ": " + e.getMessage());
        }
        try {
            JsonNode document = ONE_DOCUMENT.readTree(event);
            if (document == null || document.isMissingNode()) {
                throw new IllegalArgumentException(source + " is empty; an event is a JSON document");
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getOriginalMessage() + where);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " cannot be parsed: " + e.getMessage());
        }
        return event;
    }
}
