package nl.gedeeldbeeld.app.web;

import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Entity ids are FtM ids: a partner's own id plus a signature, and a partner's id may hold a slash
 * ("BIBOB-2021-01154/1"). Clients encode it as {@code %2F} in {@code /api/v1/entities/{id}}, so the
 * server must accept an encoded slash instead of refusing it (Tomcat and Spring Security both refuse by
 * default). Tomcat decodes it in the servlet path only; Spring MVC matches on the still-encoded request
 * URI, segment by segment, and decodes the variable afterwards, and every security rule here matches on a path prefix, so a slash inside an id cannot move a
 * request into another rule.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashConfiguration {

    @Bean
    TomcatConnectorCustomizer keepEncodedSlashes() {
        return connector -> connector.setEncodedSolidusHandling("decode");
    }

    @Bean
    WebSecurityCustomizer allowEncodedSlashes() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        return web -> web.httpFirewall(firewall);
    }
}
