package nl.gedeeldbeeld.model.value;

import java.net.URI;
import java.net.URISyntaxException;

/** Web addresses: absolute http(s) URIs. */
public final class UrlType implements ValueType {

    @Override
    public String code() {
        return "url";
    }

    @Override
    public ValueResult normalise(String raw) {
        String s = raw.trim();
        if (!s.contains("://")) {
            s = "https://" + s;
        }
        try {
            URI uri = new URI(s);
            if (uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return ValueResult.invalid("web address '" + raw + "' needs an http(s) scheme and a host");
            }
            return ValueResult.valid(uri.toString());
        } catch (URISyntaxException e) {
            return ValueResult.invalid("web address '" + raw + "' is malformed: " + e.getReason());
        }
    }
}
