package vn.motcua.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A gateway that takes the order in signed query parameters and calls back with signed
 * parameters: every {@code pay_*} parameter, sorted by name and URL-encoded, signed with
 * HMAC-SHA512 and a shared secret in {@code pay_signature} (the scheme of VNPAY-like
 * gateways). The demo points it at the built-in sandbox.
 */
@Component
class SignedRedirectGateway implements PaymentGateway {

	static final String SIGNATURE = "pay_signature";

	private final String url;

	private final String merchant;

	private final byte[] secret;

	private final String returnUrl;

	SignedRedirectGateway(@Value("${motcua.payment.gateway-url:/api/public/payments/sandbox}") String url,
			@Value("${motcua.payment.merchant:MOTCUA}") String merchant,
			@Value("${motcua.payment.secret:}") String secret,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.url = url;
		this.merchant = merchant;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.returnUrl = publicUrl + "/api/public/payments/callback";
	}

	boolean configured() {
		return this.secret.length > 0;
	}

	@Override
	public String redirectUrl(String reference, long amount, String description) {
		Map<String, String> order = new TreeMap<>(Map.of("pay_merchant", this.merchant, "pay_reference", reference,
				"pay_amount", Long.toString(amount), "pay_description", description, "pay_return", this.returnUrl));
		return this.url + "?" + query(order) + "&" + SIGNATURE + "=" + sign(order);
	}

	@Override
	public Callback verify(Map<String, String> parameters) {
		Map<String, String> signed = new TreeMap<>(parameters);
		String signature = signed.remove(SIGNATURE);
		signed.keySet().removeIf((name) -> !name.startsWith("pay_"));
		if (signature == null || !MessageDigest.isEqual(sign(signed).getBytes(StandardCharsets.US_ASCII),
				signature.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
			throw new TamperedCallback("signature does not match");
		}
		try {
			return new Callback(signed.get("pay_reference"), Long.parseLong(signed.get("pay_amount")),
					"00".equals(signed.get("pay_result")), signed.get("pay_transaction"));
		}
		catch (NumberFormatException ex) {
			throw new TamperedCallback("amount is not a number");
		}
	}

	/**
	 * Signs parameters as the gateway does; the sandbox uses it to answer like a real
	 * gateway.
	 */
	String sign(Map<String, String> sortedParameters) {
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(query(sortedParameters).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA512 unavailable", ex);
		}
	}

	static String query(Map<String, String> sortedParameters) {
		return sortedParameters.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
