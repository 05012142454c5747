package vn.motcua.sync;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national portal synchronisation ({@code motcua.national-sync.*}, defaults and
 * comments in application.yaml).
 *
 * @param enabled whether the sender runs; off, changes are still queued (and the sync
 * rate shows them unacknowledged), to be sent once it is switched on
 * @param baseUrl the portal's synchronisation API; placeholders are resolved at each send
 * (tests point it at their own random port)
 * @param token the bearer token the portal issued to the province
 * @param statuses our dossier status ({@code DossierStatus} name) → the national status
 * code; every status must have one
 * @param events event types sent with a kind of their own (receipt, result, rating, fee),
 * even without a change of status; an empty kind skips an event type; other events are
 * sent (kind {@code TRANG_THAI}) exactly when they change the status
 * @param retry sending and retry settings
 * @param schedule the scheduled sender
 * @param sandbox the built-in sandbox portal
 * @param documents where the portal fetches the documents a change announces
 */
@ConfigurationProperties("motcua.national-sync")
record NationalSyncProperties(@DefaultValue("false") boolean enabled, String baseUrl, String token,
		Map<String, String> statuses, Map<String, String> events, @DefaultValue Retry retry,
		@DefaultValue Schedule schedule, @DefaultValue Sandbox sandbox, @DefaultValue Documents documents) {

	NationalSyncProperties {
		statuses = (statuses != null) ? Map.copyOf(statuses) : Map.of();
		events = (events != null) ? Map.copyOf(events) : Map.of();
	}

	/**
	 * @param first pause after the first failure; doubled after each further one
	 * @param max longest pause between two attempts
	 * @param maxAttempts attempts before a change is marked {@code FAILED} for an
	 * operator
	 * @param claimTimeout a claim older than this (its node died while sending) is
	 * released
	 * @param timeout connection and answer timeout of one attempt
	 * @param batch changes claimed per round
	 */
	record Retry(@DefaultValue("30s") Duration first, @DefaultValue("1h") Duration max,
			@DefaultValue("20") int maxAttempts, @DefaultValue("2m") Duration claimTimeout,
			@DefaultValue("10s") Duration timeout, @DefaultValue("100") int batch) {

	}

	/**
	 * @param enabled whether the scheduled sender runs (tests send by hand)
	 * @param interval pause between two runs on each node
	 */
	record Schedule(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval) {

	}

	/**
	 * @param enabled whether {@code /sandbox/dvcqg/**} answers (demo and tests only)
	 * @param token the bearer token the sandbox expects
	 */
	record Sandbox(@DefaultValue("false") boolean enabled, String token) {

	}

	/**
	 * The receipt and result documents a change names: the portal fetches each at
	 * {@code <baseUrl>/dvcqg/documents/<id>} with {@code Authorization: Bearer <token>}.
	 *
	 * @param baseUrl this application's address as the portal reaches it; placeholders
	 * are resolved when a change is queued
	 * @param token the bearer token the province gave the portal for fetching; unset,
	 * nothing is served
	 */
	record Documents(String baseUrl, String token) {

	}

}
