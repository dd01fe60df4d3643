package io.podium.local.apigateway;

import io.podium.local.template.Intrinsics;
import io.podium.local.template.Template;
import io.podium.local.template.TemplateException;

import java.util.List;
import java.util.Map;

/** The throttle of an Api's MethodSettings. Only the stage-wide default (ResourcePath /* and HttpMethod *) is served. */
final class MethodSettings {
    private MethodSettings() {
    }

    /** The default method throttle, or null when the settings declare none. */
    static Throttle defaultThrottle(Object raw, Intrinsics intrinsics, String where) {
        Object settings = intrinsics.resolve(raw, where);
        if (!(settings instanceof List<?> list)) {
            return null;
        }
        Throttle throttle = null;
        for (int i = 0; i < list.size(); i++) {
            String place = where + "[" + i + "]";
            Map<String, Object> setting = Template.mapping(list.get(i), place);
            String rate = intrinsics.text(setting.get("ThrottlingRateLimit"), place + ".ThrottlingRateLimit");
            String burst = intrinsics.text(setting.get("ThrottlingBurstLimit"), place + ".ThrottlingBurstLimit");
            if (rate == null && burst == null) {
                continue;
            }
            if (!"/*".equals(intrinsics.text(setting.get("ResourcePath"), place + ".ResourcePath"))
                    || !"*".equals(intrinsics.text(setting.get("HttpMethod"), place + ".HttpMethod"))) {
                throw new TemplateException(place + ": only the stage-wide throttle (ResourcePath '/*', HttpMethod '*')"
                        + " is supported locally");
            }
            throttle = new Throttle(rate == null ? Double.MAX_VALUE : Double.parseDouble(rate),
                    burst == null ? Integer.MAX_VALUE : Integer.parseInt(burst));
        }
        return throttle;
    }
}
