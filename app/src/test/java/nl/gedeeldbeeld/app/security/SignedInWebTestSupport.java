package nl.gedeeldbeeld.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.file.Files;
import nl.gedeeldbeeld.app.web.GedeeldBeeldApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application (empty store, demo catalogue and accounts) shared by the web and API security tests,
 * through MockMvc and, where the servlet container itself matters (cookies), over HTTP.
 * Tests that fail sign-ins use their own user and client address, so the login throttle of one test never
 * locks another.
 */
@SpringBootTest(classes = GedeeldBeeldApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class SignedInWebTestSupport {
    static final String PASSWORD = "gedeeld-beeld-demo";
    /** Lower than the default 30, so the spraying test need not spend thirty password checks. */
    static final int ADDRESS_CEILING = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("gb-security-test").toString();
        registry.add("gb.store", () -> data);
        registry.add("gb.auth.throttle.address-ceiling", () -> ADDRESS_CEILING);
    }

    /** The request as if it came from that client address. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcResult signIn(String user, String password, String address) throws Exception {
        return mvc.perform(post("/inloggen").param("gebruikersnaam", user).param("wachtwoord", password)
                .with(csrf()).with(from(address))).andReturn();
    }

    /** A browser session after signing in with the demo password. */
    MockHttpSession session(String user) throws Exception {
        MvcResult result = signIn(user, PASSWORD, "192.0.2.1");
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
