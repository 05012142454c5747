package vn.motcua.security;

import java.time.Clock;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import vn.motcua.citizen.CitizenLogin;
import vn.motcua.web.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what.
 * <ul>
 * <li>{@code /api/**}: a login, by HTTP Basic against Camunda's users (REST clients,
 * stateless) or by the dashboard's session ({@code POST /api/session}, CSRF-protected);
 * {@code /api/public/**} is open. An officer logged into Tasklist is logged in here too
 * ({@link WebappSessionAuthenticationFilter}).</li>
 * <li>{@code /engine-rest/**}: HTTP Basic only, stateless.</li>
 * <li>Camunda's first-user set-up is closed to everyone, always: the administrator comes
 * from the environment ({@link IdentitySeeder}).</li>
 * <li>The Camunda webapps keep their own session login and CSRF protection, so Spring
 * Security only adds headers there.</li>
 * </ul>
 * Failed logins are counted per client address ({@link LoginThrottleFilter}).
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(WebSecurityProperties.class)
class SecurityConfiguration {

	/**
	 * The portal and the dashboard load scripts, styles and data from this origin only;
	 * no inline script or style. Not on the Camunda webapps, which send their own.
	 */
	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	private final WebSecurityProperties properties;

	private final String webappPath;

	SecurityConfiguration(WebSecurityProperties properties,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
		this.properties = properties;
		this.webappPath = webappPath;
	}

	@Bean
	AuthenticationManager authenticationManager(CamundaUserAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	@Bean
	ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(Problems problems) {
		return new ProblemAuthenticationEntryPoint(problems);
	}

	/**
	 * Before Spring Security, so that a refused address never reaches a password check.
	 */
	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(Clock clock,
			ProblemAuthenticationEntryPoint problems) {
		LoginThrottleFilter filter = new LoginThrottleFilter(new LoginFailures(this.properties.login(), clock),
				problems, this.webappPath);
		FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

	@Bean
	@Order(0)
	SecurityFilterChain firstUserSetupClosed(HttpSecurity http, ProblemAuthenticationEntryPoint problems)
			throws Exception {
		http.securityMatcher(this.paths.matcher(this.webappPath + "/api/admin/setup/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.forbidden(request, response))
				.accessDeniedHandler((request, response, ex) -> problems.forbidden(request, response)))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers());
		return http.build();
	}

	/**
	 * Citizens log in with OpenID Connect (VNeID) for {@code /api/citizen/**}; the login
	 * lives in the session under a key of its own, so it never counts as an officer's on
	 * the rest of {@code /api/**}. Without a provider configured the paths answer 401.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain citizenSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint problems,
			ObjectProvider<ClientRegistrationRepository> registrations, CitizenLogin login) throws Exception {
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setSpringSecurityContextKey(CitizenLogin.SESSION_KEY);
		http.securityMatcher(new OrRequestMatcher(this.paths.matcher("/api/citizen/**"),
				this.paths.matcher("/oauth2/authorization/**"), this.paths.matcher("/login/oauth2/code/**")))
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(login.isCitizen(authentication.get()))))
			.securityContext((context) -> context.securityContextRepository(sessions))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.csrf((csrf) -> csrf.csrfTokenRepository(citizenCsrf())
				// The page sends the cookie's value back as it is (no BREACH masking).
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
			.logout((logout) -> logout.logoutRequestMatcher(this.paths.matcher(HttpMethod.POST, "/api/citizen/logout"))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems.citizenLoginRequired())
				.accessDeniedHandler(problems))
			.headers(headers());
		if (registrations.getIfAvailable() != null) {
			http.oauth2Login((oauth) -> oauth.securityContextRepository(sessions)
				.defaultSuccessUrl(login.afterLogin(), true)
				.failureUrl(login.afterLogin() + "?loi=dang-nhap"));
		}
		return http.build();
	}

	/**
	 * The citizen's page reads the token from this cookie and sends it back in a header.
	 */
	private static CookieCsrfTokenRepository citizenCsrf() {
		CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieName("XSRF-TOKEN-CONG-DAN");
		tokens.setCookiePath("/");
		return tokens;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			IdentityService identityService, ProblemAuthenticationEntryPoint problems, ObjectMapper json)
			throws Exception {
		RequestMatcher open = this.paths.matcher("/api/public/**");
		http.securityMatcher(this.paths.matcher("/api/**"))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(open)
				.permitAll()
				.requestMatchers(this.paths.matcher(HttpMethod.GET, SessionController.LOGIN))
				.permitAll()
				.anyRequest()
				.authenticated())
			.authenticationManager(authenticationManager)
			// REST clients: Basic on every request, never a session.
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems)
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			// The dashboard: one login, then the session cookie.
			.formLogin((form) -> form.loginPage("/dashboard/")
				.loginProcessingUrl(SessionController.LOGIN)
				.successHandler(loggedIn(json))
				.failureHandler(problems))
			.logout((logout) -> logout
				.logoutRequestMatcher(this.paths.matcher(HttpMethod.POST, SessionController.LOGOUT))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.securityContext((context) -> context.securityContextRepository(new DelegatingSecurityContextRepository(
					new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			// Only a session can be ridden by another site: requests with their own
			// credentials (Basic) and the open API need no token.
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher((request) -> !SAFE_METHODS.contains(request.getMethod())
					&& request.getHeader(HttpHeaders.AUTHORIZATION) == null && !open.matches(request)))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers())
			// An officer logged into Tasklist opens the pages its forms link to without a
			// second login.
			.addFilterAfter(new WebappSessionAuthenticationFilter(identityService, "default"),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), WebappSessionAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			IdentityService identityService, ProblemAuthenticationEntryPoint problems) throws Exception {
		// Path matchers, not MVC ones: the engine REST API is a Jersey servlet.
		http.securityMatcher(this.paths.matcher("/engine-rest/**"))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.authenticationManager(authenticationManager)
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// Stateless Basic: no cookie, nothing for CSRF to protect.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers())
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
		// Tasklist, Cockpit and Admin log in against the engine themselves and
		// send their own CSRF token (Camunda's CsrfPreventionFilter).
		// Actuator health stays public for load balancers.
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.headers(headers())
			.addFilterBefore(new PageCharsetFilter(notWebapps()), HeaderWriterFilter.class);
		return http.build();
	}

	/**
	 * Every answer: nosniff, no referrer, no framing; the page policy outside the Camunda
	 * webapps; HSTS only behind HTTPS ({@code motcua.security.https}).
	 */
	private Customizer<HeadersConfigurer<HttpSecurity>> headers() {
		RequestMatcher notWebapps = notWebapps();
		return (headers) -> {
			headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(notWebapps,
						new StaticHeadersWriter("Content-Security-Policy", PAGE_POLICY)));
			if (this.properties.https()) {
				headers.httpStrictTransportSecurity((hsts) -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
					.maxAgeInSeconds(31_536_000)
					.includeSubDomains(true));
			}
			else {
				headers.httpStrictTransportSecurity((hsts) -> hsts.disable());
			}
		};
	}

	private RequestMatcher notWebapps() {
		return new NegatedRequestMatcher(this.paths.matcher(this.webappPath + "/**"));
	}

	/** The dashboard's login answers who logged in and the session's new CSRF token. */
	private static AuthenticationSuccessHandler loggedIn(ObjectMapper json) {
		return (request, response, authentication) -> {
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			response.setStatus(200);
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			json.writeValue(response.getOutputStream(), SessionController.SessionResponse.of(authentication, csrf));
		};
	}

}
