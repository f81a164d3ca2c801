package nl.gedeeldbeeld.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's version, as the NL API Design Rules ask (API-20, API-57): the major version in the path
 * ({@code /api/v1}), the full semantic version in the OpenAPI document and in an {@value #HEADER} header on
 * every API response, refusals and errors included (so the filter runs before security). Raise the minor
 * version for additions, the patch version for fixes; a breaking change is {@code /api/v2}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
public class ApiVersion extends OncePerRequestFilter {
    public static final String HEADER = "API-Version";
    public static final String CURRENT = "1.2.0";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !DeclaredPurpose.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, CURRENT);
        chain.doFilter(request, response);
    }
}
