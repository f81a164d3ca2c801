package nl.gedeeldbeeld.app.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import nl.gedeeldbeeld.app.web.ApiVersion;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import nl.gedeeldbeeld.policy.Purpose;
import nl.gedeeldbeeld.policy.decision.AccessContext;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about access: HTTP Basic or a bearer API token on every operation, and the required
 * {@value DeclaredPurpose#HEADER} header on each operation that takes an {@link AccessContext} (which is
 * not a request parameter itself, so springdoc must not describe it as one).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccessContext.class);
    }

    /**
     * What the document says about the product (it said "OpenAPI definition", version "v0"): its name, what
     * it is for, its semantic version, who to contact (NL API Design Rules API-51: info.contact), and the
     * {@value ApiVersion#HEADER} header on every response (API-57).
     */
    @Bean
    OpenApiCustomizer productDescription() {
        return api -> {
            api.setInfo(new Info().title("Gedeeld Beeld API")
                    .version(ApiVersion.CURRENT)
                    .description("Lawful, audited sharing of information between the partners of the Dutch 'brede aanpak' "
                            + "of subversive crime: search, entities with provenance, network, money-flow and ownership "
                            + "analyses, joint cases, exports, protection and the privacy officer's audit questions. Every "
                            + "request acts for one user under one declared purpose (X-Doel) and is audited. Errors are "
                            + "application/problem+json; every parameter has a documented bound and a request beyond it "
                            + "is a 400 that names the bound.")
                    .contact(new Contact().name("Gedeeld Beeld beheer").email("beheer@gedeeldbeeld.nl")
                            .url("https://gedeeldbeeld.nl/contact")));
            Header version = new Header().description("The full semantic version of the API that answered")
                    .schema(new StringSchema().example(ApiVersion.CURRENT));
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getResponses() != null) {
                        operation.getResponses().values().forEach(response -> response.addHeaderObject(ApiVersion.HEADER, version));
                    }
                }));
            }
        };
    }

    @Bean
    OpenApiCustomizer authentication() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A Gedeeld Beeld account; repeated failures make that account wait at that address, longer each time (429 with Retry-After)."));
            api.getComponents().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("opaque API token (gbt_…)")
                    .description("A short-lived API token from POST /api/v1/tokens (by password or the web session; "
                            + "default lifetime one hour), revoked with DELETE /api/v1/tokens/current. It replaces the "
                            + "password, not the purpose: X-Doel is still required, and a token bound to a purpose "
                            + "works only under that purpose."));
            // Two requirements: either scheme will do.
            api.addSecurityItem(new SecurityRequirement().addList("basic"));
            api.addSecurityItem(new SecurityRequirement().addList("bearer"));
        };
    }

    @Bean
    OperationCustomizer declaredPurpose(PolicyCatalogue catalogue) {
        return (operation, handler) -> {
            boolean needsPurpose = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> AccessContext.class.equals(p.getParameterType()));
            if (needsPurpose) {
                StringSchema codes = new StringSchema();
                catalogue.purposes().stream().map(Purpose::code).forEach(codes::addEnumItem);
                operation.addParametersItem(new HeaderParameter().name(DeclaredPurpose.HEADER).required(true).schema(codes)
                        .description("The one purpose (doel) this request serves; it must be one the user's roles grant."));
            }
            return operation;
        };
    }
}
