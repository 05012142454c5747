package vn.motcua.vneid;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import vn.motcua.demo.DemoCitizens;
import vn.motcua.dossier.Dossier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The sandbox VNeID: Spring Authorization Server as an OpenID Connect provider under
 * {@code /sandbox/vneid} (the issuer {@code <this server>/sandbox/vneid}, discovery at
 * {@code /sandbox/vneid/.well-known/openid-configuration}), one client (the application's
 * {@code vneid} registration) and the demo citizens, who log in with their ID number and
 * the demo password. Its ID token carries what VNeID's does for
 * {@code vn.motcua.citizen.CitizenIdentity}: {@code id_number}, {@code name},
 * {@code phone_number}, {@code email}, {@code address}.
 * <p>
 * Everything it needs is handed to its own filter chain, not declared as beans, so that
 * no other chain sees its users, keys or clients; and it keeps its login, saved request
 * and CSRF token in the session under keys of its own: a citizen logged in here is nobody
 * anywhere else, not even on {@code /api/citizen/**} until the application's own OpenID
 * login has gone through. Codes and keys live in memory: one node, a new key at every
 * start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("motcua.vneid-sandbox.enabled")
@EnableConfigurationProperties(SandboxVneidProperties.class)
class SandboxVneidConfiguration {

	static final String PATH = "/sandbox/vneid";

	static final String LOGIN = PATH + "/dang-nhap";

	/** Where this provider keeps its own login in the session. */
	static final String SESSION_KEY = "MOTCUA_SANDBOX_VNEID_SECURITY_CONTEXT";

	/** The page's scripts and styles come from this origin; no framing. */
	private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Before the application's chains: its matcher holds {@code /sandbox/vneid/**} only.
	 */
	@Bean
	@Order(-1)
	SecurityFilterChain sandboxVneid(HttpSecurity http, SandboxVneidProperties properties) throws Exception {
		if (blank(properties.clientId()) || blank(properties.clientSecret()) || blank(properties.password())
				|| properties.redirectUris().isEmpty()) {
			throw new IllegalStateException("VNeID thử nghiệm đang bật (motcua.vneid-sandbox.enabled) nhưng thiếu "
					+ "client-id, client-secret, password hoặc redirect-uris.");
		}
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		JWKSource<SecurityContext> keys = keys();
		http.setSharedObject(JWKSource.class, keys);
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setSpringSecurityContextKey(SESSION_KEY);
		HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
		savedRequests.setSessionAttrName("MOTCUA_SANDBOX_VNEID_SAVED_REQUEST");
		HttpSessionCsrfTokenRepository csrf = new HttpSessionCsrfTokenRepository();
		csrf.setSessionAttributeName("MOTCUA_SANDBOX_VNEID_CSRF_TOKEN");
		// The demo citizens only: no fall-back to the officers' accounts behind the
		// application's other logins.
		http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
		http.securityMatcher(paths.matcher(PATH + "/**"))
			.with(OAuth2AuthorizationServerConfigurer.authorizationServer(), (server) -> server
				.registeredClientRepository(new InMemoryRegisteredClientRepository(client(properties)))
				.authorizationService(new InMemoryOAuth2AuthorizationService())
				// The issuer is read from the path (/sandbox/vneid/oauth2/authorize →
				// issuer
				// <origin>/sandbox/vneid): it answers on whatever host and port it is
				// reached.
				.authorizationServerSettings(AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build())
				.tokenGenerator(tokens(keys))
				.oidc(Customizer.withDefaults()))
			.authenticationProvider(new DaoAuthenticationProvider(citizens(properties.password())))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(paths.matcher(LOGIN))
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage(LOGIN)
				.securityContextRepository(sessions)
				.failureUrl(LOGIN + "?loi")
				.permitAll())
			.securityContext((context) -> context.securityContextRepository(sessions))
			.requestCache((cache) -> cache.requestCache(savedRequests))
			.csrf((tokens) -> tokens.csrfTokenRepository(csrf))
			.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint(LOGIN), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			// The user-info endpoint takes the access tokens it issued.
			.oauth2ResourceServer((resource) -> resource
				.jwt((jwt) -> jwt.decoder(OAuth2AuthorizationServerConfiguration.jwtDecoder(keys))))
			.headers((headers) -> headers
				.addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)));
		return http.build();
	}

	private static RegisteredClient client(SandboxVneidProperties properties) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(properties.clientId())
			.clientSecret("{noop}" + properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(properties.redirectUris()))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
	}

	private static InMemoryUserDetailsManager citizens(String password) {
		return new InMemoryUserDetailsManager(DemoCitizens.ALL.stream()
			.map((citizen) -> User.withUsername(citizen.idNumber())
				.password("{noop}" + password)
				.roles("CITIZEN")
				.build())
			.toList());
	}

	/** ID tokens carry the citizen's ID number and what VNeID shares of them. */
	private static OAuth2TokenGenerator<?> tokens(JWKSource<SecurityContext> keys) {
		Map<String, Dossier.Applicant> byId = DemoCitizens.ALL.stream()
			.collect(Collectors.toMap(Dossier.Applicant::idNumber, Function.identity()));
		JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(keys));
		jwt.setJwtCustomizer((context) -> {
			Dossier.Applicant citizen = byId.get(context.getPrincipal().getName());
			if (citizen != null && OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim("id_number", citizen.idNumber()).claim("name", citizen.name());
				if (citizen.phone() != null) {
					context.getClaims().claim("phone_number", citizen.phone());
				}
				if (citizen.email() != null) {
					context.getClaims().claim("email", citizen.email());
				}
				if (citizen.address() != null) {
					context.getClaims().claim("address", Map.of("formatted", citizen.address()));
				}
			}
		});
		return new DelegatingOAuth2TokenGenerator(jwt, new OAuth2AccessTokenGenerator(),
				new OAuth2RefreshTokenGenerator());
	}

	private static JWKSource<SecurityContext> keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new ImmutableJWKSet<>(new JWKSet(
					new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
						.keyID(UUID.randomUUID().toString())
						.build()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
