package nl.gedeeldbeeld.app.security;

import java.util.List;
import nl.gedeeldbeeld.policy.PolicyCatalogue;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** A password account as Spring Security sees it: the catalogue user id, its hash and its roles. */
final class CatalogueUserDetailsService implements UserDetailsService {
    private final PasswordAccounts accounts;
    private final PolicyCatalogue catalogue;

    CatalogueUserDetailsService(PasswordAccounts accounts, PolicyCatalogue catalogue) {
        this.accounts = accounts;
        this.catalogue = catalogue;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String hash = accounts.hashOf(username).orElseThrow(() -> new UsernameNotFoundException("no password account"));
        var user = catalogue.user(username).orElseThrow(() -> new UsernameNotFoundException("not in the catalogue"));
        return org.springframework.security.core.userdetails.User.withUsername(user.id()).password(hash)
                .authorities(authorities(user)).build();
    }

    static List<SimpleGrantedAuthority> authorities(nl.gedeeldbeeld.policy.User user) {
        return user.roles().stream().sorted().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
