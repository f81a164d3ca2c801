package nl.gedeeldbeeld.app.policy;

import java.util.List;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@code AccessContext} parameter and the web UI's detour to {@code /doel}. */
@Configuration(proxyBeanMethods = false)
class AccessContextWebConfiguration implements WebMvcConfigurer {
    private final RequestAccessContext contexts;
    private final PolicyCatalogue catalogue;

    AccessContextWebConfiguration(RequestAccessContext contexts, PolicyCatalogue catalogue) {
        this.contexts = contexts;
        this.catalogue = catalogue;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AccessContextArgumentResolver(contexts));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PurposeInterceptor(catalogue));
    }
}
