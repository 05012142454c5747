package vn.motcua.postal;

import java.time.OffsetDateTime;

/**
 * The postal operator that carries results to applicants (dịch vụ bưu chính công ích): a
 * port, so that a province plugs in its operator's API; {@link SandboxPostalService}
 * stands in for it in the demo and the tests.
 */
public interface PostalService {

	/** The operator's name, kept with each shipment. */
	String carrier();

	/**
	 * Hands a parcel to the operator.
	 * @param reference our reference (the dossier code), which the operator may print
	 * @return the item's tracking number
	 */
	String send(String reference, String recipient, String phone, String address);

	/** Where the item stands now. */
	Tracking track(String trackingNumber, OffsetDateTime sentAt);

	/**
	 * @param status a short machine-readable state ({@code ACCEPTED}, {@code IN_TRANSIT},
	 * {@code DELIVERED})
	 * @param label the state in Vietnamese
	 * @param at when the item reached it
	 */
	record Tracking(String status, String label, OffsetDateTime at) {

	}

}
