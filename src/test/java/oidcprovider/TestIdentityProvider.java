package oidcprovider;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An OpenID Connect provider for tests, standing in for VNeID: Spring Authorization
 * Server on a port of its own, one client ({@code motcua} / {@code secret}) and citizens
 * who log in with their ID number and the password {@code vneid}. The ID token carries
 * {@code id_number}, {@code name}, {@code phone_number}, {@code birthdate} and
 * {@code address} (no e-mail: the application must do without one). Outside
 * {@code vn.motcua} so that the application under test never scans it.
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String CLIENT_ID = "motcua";

	public static final String CLIENT_SECRET = "secret";

	public static final String PASSWORD = "vneid";

	/** The citizens it knows: ID number to full name. */
	static final Map<String, String> CITIZENS = Map.of("001090012345", "Nguyễn Văn An", "001190054321",
			"Trần Thị Bình");

	private final ConfigurableApplicationContext context;

	private TestIdentityProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static TestIdentityProvider start() {
		return new TestIdentityProvider(new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "server.address=127.0.0.1", "server.servlet.session.cookie.name=VNEID_SESSION",
					"spring.main.banner-mode=off", "spring.config.location=optional:classpath:/nowhere/")
			.run());
	}

	/** {@code http://127.0.0.1:<port>}, the issuer. */
	public String issuer() {
		return "http://127.0.0.1:" + ((ServletWebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * Points the application under test at this provider: the registration {@code vneid}
	 * with this client, scopes {@code openid} and {@code profile}.
	 */
	public void register(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.vneid.";
		registry.add(registration + "client-id", () -> CLIENT_ID);
		registry.add(registration + "client-secret", () -> CLIENT_SECRET);
		registry.add(registration + "scope", () -> "openid,profile");
		registry.add(registration + "client-name", () -> "VNeID");
		registry.add("spring.security.oauth2.client.provider.vneid.issuer-uri", this::issuer);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	@Import({ PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
			DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
			HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class })
	static class Provider {

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
			http.securityMatcher(server.getEndpointsMatcher())
				.with(server, (configurer) -> configurer.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
				.oauth2ResourceServer((resource) -> resource.jwt(Customizer.withDefaults()));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain login(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		UserDetailsService citizens() {
			return new InMemoryUserDetailsManager(CITIZENS.keySet()
				.stream()
				.map((id) -> User.withUsername(id).password("{noop}" + PASSWORD).roles("CITIZEN").build())
				.toList());
		}

		@Bean
		RegisteredClientRepository clients() {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				// A loopback address: any port matches (RFC 8252).
				.redirectUri("http://127.0.0.1/login/oauth2/code/vneid")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> citizenClaims() {
			return (context) -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					String id = context.getPrincipal().getName();
					context.getClaims()
						.claim("id_number", id)
						.claim("name", CITIZENS.get(id))
						.claim("phone_number", "09" + id.substring(id.length() - 8))
						.claim("birthdate", "1990-05-17")
						.claim("address", Map.of("formatted", "Số " + id.substring(id.length() - 2)
								+ " đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh"));
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws Exception {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
			return org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration
				.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
