package vn.motcua.citizen;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.motcua.dossier.Dossier;

/**
 * The JSON part {@code dossier} of an online submission. Holds personal data: its
 * {@code toString} is redacted.
 *
 * @param procedureCode national code of the procedure
 * @param receivingUnit the unit to receive it; the procedure's first when left out
 * @param applicant who submits it
 * @param sets số lượng hồ sơ: sets of papers, 1 (default) to 99
 * @param returnMethod how the result goes back: {@code tai-quay} (at the center),
 * {@code buu-chinh} (by post) or {@code dien-tu} (electronically, through the look-up);
 * none: asked at reception
 * @param returnAddress by post: where to; the applicant's address when left out
 * @param reuse papers handed in before, used again for the procedure's papers: only for a
 * citizen logged in ({@code POST /api/citizen/dossiers}), each with their consent
 */
record OnlineSubmissionRequest(
		@NotBlank(message = "{dossier.procedure-code.required}") @Size(max = 64,
				message = "{validation.too-long}") String procedureCode,
		@Pattern(regexp = "[a-z0-9-]{1,64}", message = "{citizen.receiving-unit.invalid}") @Size(max = 64,
				message = "{validation.too-long}") String receivingUnit,
		@NotNull(message = "{dossier.applicant.required}") @Valid Applicant applicant,
		@Min(value = 1, message = "{dossier.sets.invalid}") @Max(value = 99,
				message = "{dossier.sets.invalid}") Integer sets,
		@Size(max = 20, message = "{validation.too-long}") @Pattern(regexp = "tai-quay|buu-chinh|dien-tu",
				message = "{dossier.return-method.invalid}") String returnMethod,
		@Size(max = 500, message = "{citizen.return-address.too-long}") String returnAddress,
		@Size(max = 20, message = "{citizen.reuse.too-many}") List<@NotNull @Valid Reuse> reuse) {

	@Override
	public String toString() {
		return "OnlineSubmissionRequest[" + this.procedureCode + "]";
	}

	/** The papers reused, none when left out. */
	List<Reuse> reused() {
		return (this.reuse != null) ? this.reuse : List.of();
	}

	/**
	 * The same request made by the citizen the identity provider vouched for: their ID
	 * number, and their name when it gives one, whatever the body said.
	 */
	OnlineSubmissionRequest by(CitizenIdentity citizen) {
		Applicant given = this.applicant;
		String name = (citizen.name() != null && !citizen.name().isBlank()) ? citizen.name() : given.name();
		return new OnlineSubmissionRequest(this.procedureCode, this.receivingUnit,
				new Applicant(name, citizen.idNumber(), given.phone(), given.email(), given.address(), given.commune()),
				this.sets, this.returnMethod, this.returnAddress, this.reuse);
	}

	/**
	 * A paper handed in before, used again.
	 *
	 * @param paper the procedure's paper (from 0) it stands for
	 * @param fileId the file, as {@code GET /api/citizen/papers} lists it
	 * @param consent the citizen agreed to its use in this dossier
	 */
	record Reuse(
			@NotNull(message = "{citizen.reuse.paper.required}") @Min(value = 0,
					message = "{citizen.reuse.paper.required}") Integer paper,
			@NotNull(message = "{citizen.reuse.file.required}") Long fileId, Boolean consent) {

	}

	record Applicant(
			@NotBlank(message = "{dossier.applicant.name.required}") @Size(max = 200,
					message = "{dossier.applicant.name.too-long}") String name,
			@NotBlank(message = "{dossier.applicant.id-number.required}") @Pattern(regexp = "\\d{12}|\\d{10}|\\d{13}",
					message = "{citizen.applicant.id-number.invalid}") @Size(max = 20,
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

		private static String blankToNull(String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

		@Override
		public String toString() {
			return "Applicant[redacted]";
		}

	}

}
