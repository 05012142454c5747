package vn.motcua.citizen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Phản ánh, kiến nghị from the portal. Holds personal data: {@code toString} is redacted.
 *
 * @param name sender's name
 * @param contact phone or e-mail to answer to
 * @param dossierCode the dossier it is about, if any
 * @param agency the agency it is about, if any
 * @param content what the citizen reports or proposes
 */
record FeedbackRequest(
		@NotBlank(message = "{citizen.feedback.name.required}") @Size(max = 200,
				message = "{dossier.applicant.name.too-long}") String name,
		@NotBlank(message = "{citizen.feedback.contact.required}") @Size(max = 200,
				message = "{citizen.feedback.contact.too-long}") String contact,
		@Size(max = 64, message = "{citizen.feedback.dossier-code.invalid}") String dossierCode,
		@Pattern(regexp = "[a-z0-9-]{1,64}", message = "{citizen.receiving-unit.invalid}") @Size(max = 64,
				message = "{validation.too-long}") String agency,
		@NotBlank(message = "{citizen.feedback.content.required}") @Size(max = 4000,
				message = "{citizen.feedback.content.too-long}") String content) {

	@Override
	public String toString() {
		return "FeedbackRequest[redacted]";
	}

}
