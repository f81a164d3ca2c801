package nl.gedeeldbeeld.app.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web application: REST API under /api/v1 and the Dutch web UI, over one store. */
@SpringBootApplication(scanBasePackages = "nl.gedeeldbeeld.app")
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan("nl.gedeeldbeeld.app")
public class GedeeldBeeldApplication {
}
