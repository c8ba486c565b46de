package fr.mutualis.portal.shared.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.mutualis.portal.shared.api.MutualisApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The signed-in user's authorities and their current one, kept in the web session.
 * <p>
 * The authorities come from {@code GET /api/v1/me} and are asked again after
 * {@link #FRESH_FOR}, or whenever the user opens "Mon compte" (the api also records there the
 * invitations the user has accepted meanwhile). The current authority is the one chosen with
 * the switcher, else the first by name.
 */
@Component
public class Tenancy {

	/** How long the remembered authorities are used before the api is asked again. */
	static final Duration FRESH_FOR = Duration.ofMinutes(2);

	private static final String MINE = Tenancy.class.getName() + ".mine";

	private static final String CURRENT = Tenancy.class.getName() + ".current";

	private final MutualisApi api;

	private final Clock clock;

	@Autowired
	Tenancy(MutualisApi api) {
		this(api, Clock.systemUTC());
	}

	Tenancy(MutualisApi api, Clock clock) {
		this.api = api;
		this.clock = clock;
	}

	/** The user's authorities: remembered ones if fresh, else from the api. */
	public Mono<MyAuthorities> mine(ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return exchange.getSession().flatMap((session) -> remembered(session)
			.map(Mono::just)
			.orElseGet(() -> this.api.get("/api/v1/me", Me.class, user).map((me) -> remember(session, me))));
	}

	/**
	 * Remembers what the api just said of the user, e.g. on "Mon compte", and updates the
	 * header of the page being drawn.
	 */
	public Mono<MyAuthorities> remember(ServerWebExchange exchange, Me me) {
		return exchange.getSession().map((session) -> {
			MyAuthorities mine = remember(session, me);
			exchange.getAttributes().put(Navigation.ATTRIBUTE, navigation(mine, session));
			return mine;
		});
	}

	/** What the header shows. */
	public Mono<Navigation> navigation(ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return mine(exchange, user).zipWith(exchange.getSession())
			.map((both) -> navigation(both.getT1(), both.getT2()));
	}

	private static Navigation navigation(MyAuthorities mine, WebSession session) {
		String chosen = session.getAttribute(CURRENT);
		Me.Membership current = Optional.ofNullable(chosen)
			.flatMap(mine::membership)
			.orElse(mine.memberships().isEmpty() ? null : mine.memberships().getFirst());
		return new Navigation(mine, current);
	}

	/**
	 * Makes {@code slug} the user's current authority.
	 * @return whether the user belongs to it (else nothing changes)
	 */
	public Mono<Boolean> switchTo(ServerWebExchange exchange, OAuth2AuthorizedClient user, String slug) {
		return mine(exchange, user).zipWith(exchange.getSession()).map((both) -> {
			boolean member = both.getT1().membership(slug).isPresent();
			if (member) {
				both.getT2().getAttributes().put(CURRENT, slug);
			}
			return member;
		});
	}

	private Optional<MyAuthorities> remembered(WebSession session) {
		MyAuthorities mine = session.getAttribute(MINE);
		Instant now = this.clock.instant();
		return Optional.ofNullable(mine).filter((known) -> known.fetchedAt().plus(FRESH_FOR).isAfter(now));
	}

	private MyAuthorities remember(WebSession session, Me me) {
		MyAuthorities mine = MyAuthorities.of(me, this.clock.instant());
		session.getAttributes().put(MINE, mine);
		return mine;
	}

}
