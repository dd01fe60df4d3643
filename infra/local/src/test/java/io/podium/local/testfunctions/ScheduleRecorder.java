package io.podium.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Records the events that schedules send it, as plain JSON maps. */
public class ScheduleRecorder implements RequestHandler<Map<String, Object>, Void> {
    public static final Queue<Map<String, Object>> EVENTS = new ConcurrentLinkedQueue<>();

    @Override
    public Void handleRequest(Map<String, Object> event, Context context) {
        EVENTS.add(event);
        return null;
    }
}
