package vn.motcua.citizen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A citizen's rating of a returned dossier. Each criterion of the 2018 framework (domain
 * §11) is 1 = không hài lòng, 2 = hài lòng, 3 = rất hài lòng.
 *
 * @param idNumber the applicant's ID number, proving the rater knows the dossier (or the
 * {@code X-Id-Number} header)
 * @param ratings one rating per criterion
 * @param comment free text
 */
record EvaluationRequest(@Size(max = 20, message = "{validation.too-long}") String idNumber,
		@NotNull(message = "{citizen.evaluation.ratings.required}") @Valid Ratings ratings,
		@Size(max = 2000, message = "{citizen.evaluation.comment.too-long}") String comment) {

	@Override
	public String toString() {
		return "EvaluationRequest[redacted]";
	}

	/**
	 * @param time time taken against the legal time
	 * @param contacts agencies and contacts the citizen needed
	 * @param supplements supplement requests
	 * @param attitude officers' attitude
	 * @param correctness the result was correct
	 * @param returnOfResult the return of the result
	 * @param feedback handling of the citizen's feedback
	 */
	record Ratings(
			@NotNull(message = "{citizen.evaluation.rating.invalid}") @Min(value = 1,
					message = "{citizen.evaluation.rating.invalid}") @Max(value = 3,
							message = "{citizen.evaluation.rating.invalid}") Integer time,
			@NotNull(message = "{citizen.evaluation.rating.invalid}") @Min(value = 1,
					message = "{citizen.evaluation.rating.invalid}") @Max(value = 3,
							message = "{citizen.evaluation.rating.invalid}") Integer contacts,
			@NotNull(message = "{citizen.evaluation.rating.invalid}") @Min(value = 1,
					message = "{citizen.evaluation.rating.invalid}") @Max(value = 3,
							message = "{citizen.evaluation.rating.invalid}") Integer supplements,
			@NotNull(message = "{citizen.evaluation.rating.invalid}") @Min(value = 1,
					message = "{citizen.evaluation.rating.invalid}") @Max(value = 3,
							message = "{citizen.evaluation.rating.invalid}") Integer attitude,
			@NotNull(message = "{citizen.evaluation.rating.invalid}") @Min(value = 1,
					message = "{citizen.evaluation.rating.invalid}") @Max(value = 3,
							message = "{citizen.evaluation.rating.invalid}") Integer correctness,
			@NotNull(message = "{citizen.evaluation.rating.invalid}") @Min(value = 1,
					message = "{citizen.evaluation.rating.invalid}") @Max(value = 3,
							message = "{citizen.evaluation.rating.invalid}") Integer returnOfResult,
			@NotNull(message = "{citizen.evaluation.rating.invalid}") @Min(value = 1,
					message = "{citizen.evaluation.rating.invalid}") @Max(value = 3,
							message = "{citizen.evaluation.rating.invalid}") Integer feedback) {

	}

}
