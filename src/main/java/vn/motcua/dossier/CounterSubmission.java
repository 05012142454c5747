package vn.motcua.dossier;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A dossier handed in at a counter (or arrived by post), as the officer enters it.
 *
 * @param procedureCode national code of the procedure
 * @param receivingUnit the unit receiving it; may be left out when the officer works for
 * one unit only
 * @param channel {@code TRUC_TIEP} (default) or {@code BUU_CHINH}
 * @param applicant who submits it
 * @param documents the papers received
 * @param note the officer's note
 * @param returnMethod how the applicant wants the result: {@code tai-quay} (default),
 * {@code buu-chinh} or {@code dien-tu}
 * @param sets số lượng hồ sơ: sets of papers handed in, 1 (default) to 99
 */
record CounterSubmission(
		@NotBlank(message = "{dossier.procedure-code.required}") @Size(max = 64,
				message = "{validation.too-long}") String procedureCode,
		@Size(max = 64, message = "{validation.too-long}") String receivingUnit, Channel channel,
		@NotNull(message = "{dossier.applicant.required}") @Valid Applicant applicant,
		@Size(max = 50, message = "{dossier.documents.too-many}") List<@Valid ReceivedDocument> documents,
		@Size(max = 2000, message = "{dossier.note.too-long}") String note,
		@Size(max = 20, message = "{validation.too-long}") @Pattern(regexp = "tai-quay|buu-chinh|dien-tu",
				message = "{dossier.return-method.invalid}") String returnMethod,
		@Min(value = 1, message = "{dossier.sets.invalid}") @Max(value = 99,
				message = "{dossier.sets.invalid}") Integer sets) {

	CounterSubmission {
		documents = (documents == null) ? List.of() : documents;
	}

	CounterSubmission(String procedureCode, String receivingUnit, Channel channel, Applicant applicant,
			List<ReceivedDocument> documents, String note) {
		this(procedureCode, receivingUnit, channel, applicant, documents, note, null, null);
	}

	/**
	 * @param commune agency code of the commune where the applicant resides, when it
	 * decides the resolving agency (phan-cong.dmn)
	 */
	record Applicant(
			@NotBlank(message = "{dossier.applicant.name.required}") @Size(max = 200,
					message = "{dossier.applicant.name.too-long}") String name,
			@NotBlank(message = "{dossier.applicant.id-number.required}") @Pattern(
					regexp = "\\d{9}|\\d{10}|\\d{12}|\\d{13}|\\d{10}-\\d{3}",
					message = "{dossier.applicant.id-number.invalid}") @Size(max = 20,
							message = "{validation.too-long}") String idNumber,
			@Pattern(regexp = "\\+?[0-9 .]{8,15}", message = "{dossier.applicant.phone.invalid}") @Size(max = 20,
					message = "{validation.too-long}") String phone,
			@Email(message = "{dossier.applicant.email.invalid}") @Size(max = 200,
					message = "{dossier.applicant.email.invalid}") String email,
			@Size(max = 500, message = "{dossier.applicant.address.too-long}") String address,
			@Pattern(regexp = "[a-z0-9-]{1,64}", message = "{dossier.applicant.commune.invalid}") @Size(max = 64,
					message = "{validation.too-long}") String commune) {

		Dossier.Applicant toApplicant() {
			return new Dossier.Applicant(this.name.strip(), this.idNumber.strip(), blankToNull(this.phone),
					blankToNull(this.email), blankToNull(this.address));
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

		@Override
		public String toString() {
			return "Applicant[redacted]";
		}

	}

	/**
	 * @param scan index, among the request's files, of this paper's scan; none for a
	 * paper kept on paper only
	 */
	record ReceivedDocument(
			@NotBlank(message = "{dossier.document.name.required}") @Size(max = 500,
					message = "{dossier.document.name.too-long}") String name,
			@Size(max = 100, message = "{dossier.document.form.too-long}") String form,
			@Min(value = 1, message = "{dossier.document.copies.invalid}") @Max(value = 100,
					message = "{dossier.document.copies.invalid}") Integer copies,
			@Min(value = 0, message = "{dossier.document.scan.invalid}") @Max(value = 49,
					message = "{dossier.document.scan.invalid}") Integer scan) {

		ReceivedDocument(String name, String form, Integer copies) {
			this(name, form, copies, null);
		}

	}

}
