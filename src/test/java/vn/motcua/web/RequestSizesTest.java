package vn.motcua.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string of every request body is bounded by {@code @Size}, within its database
 * column, and nested records are validated ({@code @Valid}): too long a value is a 400
 * naming the field, never a 500 from the database.
 */
class RequestSizesTest {

	/** Each request record's string fields and the size of the column that keeps them. */
	private static final Map<String, Map<String, Integer>> COLUMNS = Map.of("vn.motcua.dossier.CounterSubmission",
			Map.of("procedureCode", 64, "receivingUnit", 64, "note", 2000, "returnMethod", 20),
			"vn.motcua.dossier.CounterSubmission$Applicant",
			Map.of("name", 200, "idNumber", 20, "phone", 20, "email", 200, "address", 500, "commune", 64),
			"vn.motcua.dossier.CounterSubmission$ReceivedDocument", Map.of("name", 500, "form", 100),
			"vn.motcua.dossier.DossierController$WithdrawalRequest", Map.of("reason", 2000),
			"vn.motcua.citizen.OnlineSubmissionRequest",
			Map.of("procedureCode", 64, "receivingUnit", 64, "returnMethod", 20, "returnAddress", 500),
			"vn.motcua.citizen.OnlineSubmissionRequest$Applicant",
			Map.of("name", 200, "idNumber", 20, "phone", 20, "email", 200, "address", 500, "commune", 64),
			"vn.motcua.citizen.FeedbackRequest",
			Map.of("name", 200, "contact", 200, "dossierCode", 64, "agency", 64, "content", 4000),
			"vn.motcua.citizen.EvaluationRequest", Map.of("idNumber", 20, "comment", 2000));

	@Test
	void givenEveryRequestRecord_whenItsStringsAreRead_thenEachHasASizeWithinItsColumn() throws Exception {
		List<String> checked = new ArrayList<>();
		for (var record : COLUMNS.entrySet()) {
			Class<?> type = Class.forName(record.getKey());
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getType() == String.class) {
					String field = record.getKey() + "." + component.getName();
					Size size = component.getAccessor()
						.getDeclaringClass()
						.getDeclaredField(component.getName())
						.getAnnotation(Size.class);
					size = (size != null) ? size : component.getAnnotation(Size.class);
					assertThat(size).as(field + " has @Size").isNotNull();
					assertThat(record.getValue()).as(field + " has a known column").containsKey(component.getName());
					assertThat(size.max()).as(field).isLessThanOrEqualTo(record.getValue().get(component.getName()));
					checked.add(field);
				}
				else if (component.getType().isRecord() || component.getGenericType().getTypeName().contains("$")) {
					assertThat(component.getAnnotatedType().toString() + component.getAnnotation(Valid.class))
						.as(record.getKey() + "." + component.getName() + " is @Valid")
						.contains("Valid");
				}
			}
		}
		assertThat(checked).hasSizeGreaterThanOrEqualTo(25);
	}

}
