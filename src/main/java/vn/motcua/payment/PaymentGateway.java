package vn.motcua.payment;

import java.util.Map;

/**
 * The port to a payment gateway of the signed redirect/callback kind Vietnamese gateways
 * use.
 */
interface PaymentGateway {

	/**
	 * Where to send the citizen's browser to pay {@code amount} VND for order
	 * {@code reference}.
	 */
	String redirectUrl(String reference, long amount, String description);

	/**
	 * The callback's parameters, if their signature is genuine; otherwise
	 * {@link TamperedCallback}.
	 */
	Callback verify(Map<String, String> parameters);

	/**
	 * A verified callback.
	 *
	 * @param reference our order reference
	 * @param amount the amount paid, VND
	 * @param success the gateway reports the payment done
	 * @param transaction the gateway's transaction number
	 */
	record Callback(String reference, long amount, boolean success, String transaction) {

	}

	/** A callback whose signature does not match its parameters. */
	class TamperedCallback extends RuntimeException {

		TamperedCallback(String message) {
			super(message);
		}

	}

}
