package org.learncal.manage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import org.learncal.link.PublicUrlConfiguration;

import java.util.Optional;

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (no other site's form posts it), Secure
 * whenever the service is reached over https, and sent only to /manage. It lasts as long as the browser runs.
 */
@Singleton
public class SessionCookie {
    public static final String NAME = "learncal_session";

    private final boolean secure;

    SessionCookie(PublicUrlConfiguration publicUrl) {
        this.secure = publicUrl.base().startsWith("https://");
    }

    Cookie of(String sessionId) {
        return Cookie.of(NAME, sessionId).path("/manage").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
    }

    Cookie cleared() {
        return of("").maxAge(0);
    }

    static Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(value -> !value.isBlank());
    }
}
