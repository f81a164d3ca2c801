package nl.gedeeldbeeld.app.policy;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trace id of a request: the trace-id part of a W3C Trace Context {@code traceparent} header when the
 * caller sent a valid one (so that our audit events join the caller's trace), else a fresh random one.
 * The audit log records it with every event; the response echoes it in {@value #RESPONSE_HEADER} so a
 * user can quote it to the privacy officer.
 */
public final class TraceIds {
    public static final String REQUEST_HEADER = "traceparent";
    public static final String RESPONSE_HEADER = "X-Trace-Id";
    static final String ATTRIBUTE = TraceIds.class.getName();

    // version-traceid-parentid-flags; a future version may append fields, version 00 may not.
    private static final Pattern TRACEPARENT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_PARENT = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    private TraceIds() {
    }

    /** The request's trace id, decided once per request. */
    public static String of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String id = fromTraceparent(request.getHeader(REQUEST_HEADER)).orElseGet(TraceIds::fresh);
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The trace id of a valid {@code traceparent} header; an invalid one starts a new trace, as W3C says. */
    static Optional<String> fromTraceparent(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = TRACEPARENT.matcher(header.trim());
        if (!m.matches() || m.group(1).equals("ff") || (m.group(1).equals("00") && m.group(5) != null)
                || m.group(2).equals(ZERO_TRACE) || m.group(3).equals(ZERO_PARENT)) {
            return Optional.empty();
        }
        return Optional.of(m.group(2));
    }

    /** 128 random bits as 32 lower-case hex digits, the W3C trace-id form; for work outside a request too. */
    public static String fresh() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
