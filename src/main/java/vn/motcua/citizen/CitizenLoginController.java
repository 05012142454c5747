package vn.motcua.citizen;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tells the portal whether citizens can log in here, and where the login starts. */
@RestController
class CitizenLoginController {

	private final CitizenLogin login;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	CitizenLoginController(CitizenLogin login, ObjectProvider<ClientRegistrationRepository> registrations) {
		this.login = login;
		this.registrations = registrations;
	}

	@GetMapping("/api/public/citizen-login")
	LoginOffer offer() {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		boolean available = repository != null && repository.findByRegistrationId(this.login.registration()) != null;
		return new LoginOffer(available, available ? "/oauth2/authorization/" + this.login.registration() : null);
	}

	/**
	 * @param available a provider is configured
	 * @param url where the portal's login button leads
	 */
	record LoginOffer(boolean available, String url) {

	}

}
