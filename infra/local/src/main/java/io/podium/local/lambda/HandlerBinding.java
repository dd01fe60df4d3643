package io.podium.local.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A handler loaded the way the Lambda Java runtime loads it: {@code pkg.Class::method}, one instance made with the
 * public no-arg constructor, and JSON turned into the declared input type (and the result back into JSON) with
 * aws-lambda-java-serialization, choosing the event serializers for AWS event classes and Jackson for the rest.
 */
final class HandlerBinding {
    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    private final Object instance;
    private final Method method;
    private final boolean streaming;
    private final PojoSerializer<Object> input;
    private final PojoSerializer<Object> output;

    private HandlerBinding(Object instance, Method method, boolean streaming, PojoSerializer<Object> input,
                           PojoSerializer<Object> output) {
        this.instance = instance;
        this.method = method;
        this.streaming = streaming;
        this.input = input;
        this.output = output;
    }

    static HandlerBinding load(String handler, ClassLoader classLoader) throws ReflectiveOperationException {
        int separator = handler.indexOf("::");
        String className = separator < 0 ? handler : handler.substring(0, separator);
        String methodName = separator < 0 ? "handleRequest" : handler.substring(separator + 2);
        Class<?> type = Class.forName(className, true, classLoader);
        Method method = handlerMethod(type, methodName);
        Object instance = Modifier.isStatic(method.getModifiers()) ? null : type.getConstructor().newInstance();
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length >= 2 && parameters[0] == InputStream.class && parameters[1] == OutputStream.class) {
            return new HandlerBinding(instance, method, true, null, null);
        }
        Map<TypeVariable<?>, Type> typeArguments = typeArguments(type);
        PojoSerializer<Object> input = parameters.length == 0
                ? null
                : serializerFor(resolve(method.getGenericParameterTypes()[0], typeArguments), classLoader);
        PojoSerializer<Object> output = method.getReturnType() == void.class
                ? null
                : serializerFor(resolve(method.getGenericReturnType(), typeArguments), classLoader);
        return new HandlerBinding(instance, method, false, input, output);
    }

    /** Runs the handler; exceptions it throws come out unwrapped, as Lambda reports them. */
    byte[] invoke(byte[] event, Context context) throws Throwable {
        try {
            if (streaming) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Object[] arguments = method.getParameterCount() == 3
                        ? new Object[]{new ByteArrayInputStream(event), out, context}
                        : new Object[]{new ByteArrayInputStream(event), out};
                method.invoke(instance, arguments);
                return out.toByteArray();
            }
            Object[] arguments = switch (method.getParameterCount()) {
                case 0 -> new Object[0];
                case 1 -> new Object[]{input.fromJson(new ByteArrayInputStream(event))};
                default -> new Object[]{input.fromJson(new ByteArrayInputStream(event)), context};
            };
            Object result = method.invoke(instance, arguments);
            if (output == null || result == null) {
                return NULL;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            output.toJson(result, out);
            return out.toByteArray();
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The public method of that name, leaving out compiler bridges; with overloads, the one with most parameters. */
    private static Method handlerMethod(Class<?> type, String name) throws NoSuchMethodException {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name) && !method.isBridge() && !method.isSynthetic())
                .filter(HandlerBinding::supportedSignature)
                .sorted(Comparator.comparingInt(Method::getParameterCount).reversed())
                .toList();
        if (candidates.isEmpty()) {
            throw new NoSuchMethodException(type.getName() + " has no public method " + name
                    + " taking (input[, Context]) or (InputStream, OutputStream[, Context])");
        }
        if (candidates.size() > 1 && candidates.get(0).getParameterCount() == candidates.get(1).getParameterCount()) {
            throw new NoSuchMethodException(type.getName() + "::" + name + " is overloaded ambiguously");
        }
        return candidates.get(0);
    }

    private static boolean supportedSignature(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        return switch (parameters.length) {
            case 0, 1 -> true;
            case 2 -> parameters[1] == Context.class || parameters[0] == InputStream.class && parameters[1] == OutputStream.class;
            case 3 -> parameters[0] == InputStream.class && parameters[1] == OutputStream.class && parameters[2] == Context.class;
            default -> false;
        };
    }

    /**
     * Builds the serializers of the API Gateway proxy events once, which the first request of any API route would
     * otherwise wait for (a few hundred milliseconds of the Lambda serialization library starting).
     */
    static void prepareProxyEventSerializers(ClassLoader classLoader) {
        serializerFor(APIGatewayProxyRequestEvent.class, classLoader);
        serializerFor(APIGatewayProxyResponseEvent.class, classLoader);
    }

    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializerFor(Type type, ClassLoader classLoader) {
        if (type instanceof Class<?> eventClass && LambdaEventSerializers.isLambdaSupportedEvent(eventClass.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(eventClass, classLoader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }

    /**
     * Type arguments bound anywhere up the handler's class hierarchy, so that a handler method inherited from a generic
     * base class ({@code handleRequest(I input, Context context)}) is fed its concrete input type.
     */
    private static Map<TypeVariable<?>, Type> typeArguments(Class<?> type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        bind(type, bindings);
        return bindings;
    }

    private static void bind(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], resolve(arguments[i], bindings));
            }
        } else if (type instanceof Class<?> plain) {
            raw = plain;
        } else {
            return;
        }
        if (raw.getGenericSuperclass() != null) {
            bind(raw.getGenericSuperclass(), bindings);
        }
        for (Type implemented : raw.getGenericInterfaces()) {
            bind(implemented, bindings);
        }
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return bindings.getOrDefault(variable, Object.class);
        }
        return type;
    }
}
