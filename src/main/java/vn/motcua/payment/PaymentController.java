package vn.motcua.payment;

import java.net.URI;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.citizen.PublicDossiers;
import vn.motcua.web.ApiException;

/**
 * Paying fees online: the citizen asks for an order and is sent to the gateway; the
 * gateway calls back. In the demo the gateway is a sandbox inside the application that
 * approves every order.
 */
@RestController
class PaymentController {

	private final OnlinePayments payments;

	private final PublicDossiers dossiers;

	private final SignedRedirectGateway gateway;

	private final boolean sandbox;

	PaymentController(OnlinePayments payments, PublicDossiers dossiers, SignedRedirectGateway gateway,
			@Value("${motcua.payment.sandbox:false}") boolean sandbox) {
		this.payments = payments;
		this.dossiers = dossiers;
		this.gateway = gateway;
		this.sandbox = sandbox;
	}

	/**
	 * Orders a payment. The ID number comes in the {@code X-Id-Number} header or the JSON
	 * body, and is checked before anything else: a wrong one answers as an unknown code.
	 */
	@PostMapping("/api/public/dossiers/{code}/payments")
	ResponseEntity<OnlinePayments.Order> order(@PathVariable String code,
			@RequestHeader(name = PublicDossiers.ID_HEADER, required = false) String idHeader,
			@RequestParam(required = false) String idNumber, @RequestBody(required = false) PaymentRequest request) {
		String given = PublicDossiers.idNumber(idHeader,
				(request != null && request.idNumber() != null) ? request.idNumber() : idNumber);
		OnlinePayments.Order order = this.payments.order(this.dossiers.find(code, given));
		return ResponseEntity.status(HttpStatus.CREATED).body(order);
	}

	@GetMapping("/api/public/payments/callback")
	ResponseEntity<Void> callback(@RequestParam Map<String, String> parameters) {
		String code = this.payments.callback(parameters);
		// back to the portal's look-up of that dossier, which confirms the payment
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/?ma=" + code + "&thanh-toan=xong#tra-cuu"))
			.build();
	}

	/**
	 * The body of a payment order.
	 *
	 * @param idNumber the applicant's ID number
	 */
	record PaymentRequest(String idNumber) {

		@Override
		public String toString() {
			return "PaymentRequest[redacted]";
		}

	}

	/**
	 * The demo gateway: checks the order's signature, then calls back "paid" with a
	 * signature of its own.
	 */
	@GetMapping("/api/public/payments/sandbox")
	ResponseEntity<Void> sandbox(@RequestParam Map<String, String> order) {
		if (!this.sandbox) {
			throw new ApiException(HttpStatus.NOT_FOUND, "payment-sandbox-off", "payment.sandbox.off");
		}
		Map<String, String> signed;
		try {
			signed = this.gateway.verifyOrder(order);
		}
		catch (PaymentGateway.TamperedCallback ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "payment-callback-rejected", "payment.callback.rejected");
		}
		String location = signed.get("pay_return") + "?"
				+ this.gateway.signedCallback(
						Map.of("pay_reference", signed.get("pay_reference"), "pay_amount", signed.get("pay_amount"),
								"pay_result", "00", "pay_transaction", "SANDBOX-" + signed.get("pay_reference")));
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).build();
	}

}
