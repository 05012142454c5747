package vn.motcua.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A gateway that takes the order in signed query parameters and calls back with signed
 * parameters ({@code pay_*}, the redirect scheme of VNPAY-like gateways), each signed
 * with HMAC-SHA512 and a shared secret in {@code pay_signature}. The signed text names
 * its direction and every field in a fixed order, {@code order|merchant|reference|amount|
 * description|return} one way and {@code callback|reference|amount|result|transaction}
 * the other, each value URL-encoded: an order's signature never passes for a callback's,
 * and a field cannot be moved or left out. The demo points it at the built-in sandbox.
 */
@Component
class SignedRedirectGateway implements PaymentGateway {

	static final String SIGNATURE = "pay_signature";

	static final List<String> ORDER = List.of("pay_merchant", "pay_reference", "pay_amount", "pay_description",
			"pay_return");

	static final List<String> CALLBACK = List.of("pay_reference", "pay_amount", "pay_result", "pay_transaction");

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
		return this.url + "?" + query(order) + "&" + SIGNATURE + "=" + sign("order", ORDER, order);
	}

	@Override
	public Callback verify(Map<String, String> parameters) {
		Map<String, String> signed = verified("callback", CALLBACK, parameters);
		try {
			return new Callback(signed.get("pay_reference"), Long.parseLong(signed.get("pay_amount")),
					"00".equals(signed.get("pay_result")), signed.get("pay_transaction"));
		}
		catch (NumberFormatException ex) {
			throw new TamperedCallback("amount is not a number");
		}
	}

	/** The order's parameters, if signed as an order (the sandbox's check). */
	Map<String, String> verifyOrder(Map<String, String> parameters) {
		return verified("order", ORDER, parameters);
	}

	/**
	 * The query string of a callback with these parameters, signed as the gateway does;
	 * the sandbox answers with it.
	 */
	String signedCallback(Map<String, String> parameters) {
		return query(new TreeMap<>(parameters)) + "&" + SIGNATURE + "=" + sign("callback", CALLBACK, parameters);
	}

	private Map<String, String> verified(String direction, List<String> fields, Map<String, String> parameters) {
		String signature = parameters.get(SIGNATURE);
		if (signature == null || !fields.stream().allMatch(parameters::containsKey)) {
			throw new TamperedCallback("a signed field is missing");
		}
		if (!MessageDigest.isEqual(sign(direction, fields, parameters).getBytes(StandardCharsets.US_ASCII),
				signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			throw new TamperedCallback("signature does not match");
		}
		Map<String, String> signed = new TreeMap<>();
		fields.forEach((field) -> signed.put(field, parameters.get(field)));
		return signed;
	}

	private String sign(String direction, List<String> fields, Map<String, String> parameters) {
		StringBuilder text = new StringBuilder(direction);
		fields.forEach(
				(field) -> text.append('|').append(URLEncoder.encode(parameters.get(field), StandardCharsets.UTF_8)));
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
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
