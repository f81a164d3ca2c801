package nl.gedeeldbeeld.app.policy;

import jakarta.servlet.http.HttpServletRequest;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method declare {@code AccessContext ctx} and get the request's context. */
final class AccessContextArgumentResolver implements HandlerMethodArgumentResolver {
    private final RequestAccessContext contexts;

    AccessContextArgumentResolver(RequestAccessContext contexts) {
        this.contexts = contexts;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return AccessContext.class.equals(parameter.getParameterType());
    }

    @Override
    public AccessContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                         NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return contexts.open(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    /** Whether a handler needs a context, i.e. touches entity data and so needs a declared purpose. */
    static boolean needsContext(HandlerMethod handler) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (AccessContext.class.equals(p.getParameterType())) {
                return true;
            }
        }
        return false;
    }
}
