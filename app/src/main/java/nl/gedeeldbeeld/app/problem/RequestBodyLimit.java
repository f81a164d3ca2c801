package nl.gedeeldbeeld.app.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import nl.gedeeldbeeld.app.policy.DeclaredPurpose;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of an API request at {@value #MAX_BYTES} bytes (finding 15, deliver 9). Every API body is a
 * small JSON order (an export of at most a few hundred ids, a case title, a judgement), so more is a mistake
 * or an attack, and Jackson would otherwise read whatever arrives into memory. A declared length over the
 * cap is refused at once; a body without one (chunked) is counted as it is read, and reading past the cap
 * fails, which the {@link ProblemHandler} turns into the same 400. The answer is a 400 problem, not 413, so
 * that every malformed body gets the one status the API documents for it.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {
    public static final int MAX_BYTES = 64 * 1024;
    private static final String MESSAGE = "the request body may be at most " + MAX_BYTES + " bytes";
    private final ObjectMapper json;

    RequestBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !DeclaredPurpose.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    MESSAGE + ", got " + request.getContentLengthLong());
            problem.setTitle("Ongeldige invoer");
            problem.setType(URI.create("https://gedeeldbeeld.nl/problems/invalid-body"));
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    /** Thrown when a body without a declared length grows past the cap while it is read. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super(MESSAGE);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > MAX_BYTES) {
                            throw new TooLargeException();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > MAX_BYTES) {
                            throw new TooLargeException();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
