package vn.motcua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A user task's confirmation boxes ("Đã thu đủ phí", "Đã trả kết quả"), enforced on the
 * server too: the form makes them required, but a task completed through the REST API
 * skips the form. A designer names them in the model, as extension properties of the user
 * task: {@code <camunda:property name="confirm" value="resultHandedOver" />}, or
 * {@code value="feeCollected if feeDue"} for a box the form shows only when
 * {@code feeDue} is true. Completing the task without each box ticked is refused as a
 * form validation error (400, the task stays open).
 */
final class ConfirmationCheck implements TaskListener {

	static final String PROPERTY = "confirm";

	static final String REFUSED = "Chưa đánh dấu ô xác nhận bắt buộc của biểu mẫu (đã thu phí, lệ phí hoặc đã trả "
			+ "kết quả); đánh dấu rồi bấm Hoàn thành lại.";

	private final List<Confirm> confirms;

	private ConfirmationCheck(List<Confirm> confirms) {
		this.confirms = confirms;
	}

	/** The check a user task's {@code confirm} properties ask for, or null for none. */
	static ConfirmationCheck of(Element userTask) {
		List<Confirm> confirms = new ArrayList<>();
		for (String value : properties(userTask, PROPERTY)) {
			String[] parts = value.trim().split("\\s+if\\s+", 2);
			confirms.add(new Confirm(parts[0].trim(), (parts.length > 1) ? parts[1].trim() : null));
		}
		return confirms.isEmpty() ? null : new ConfirmationCheck(List.copyOf(confirms));
	}

	/** The values of the user task's extension properties named {@code name}. */
	static List<String> properties(Element userTask, String name) {
		List<String> values = new ArrayList<>();
		Element extensions = userTask.element("extensionElements");
		Element properties = (extensions != null)
				? extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties") : null;
		if (properties == null) {
			return values;
		}
		for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
			if (name.equals(property.attribute("name")) && property.attribute("value") != null) {
				values.add(property.attribute("value"));
			}
		}
		return values;
	}

	@Override
	public void notify(DelegateTask task) {
		for (Confirm confirm : this.confirms) {
			boolean asked = confirm.condition() == null || Boolean.TRUE.equals(task.getVariable(confirm.condition()));
			if (asked && !Boolean.TRUE.equals(task.getVariable(confirm.variable()))) {
				throw new FormFieldValidationException(confirm.variable(), REFUSED);
			}
		}
	}

	/** A box that must be ticked, when {@code condition} (a variable) is null or true. */
	record Confirm(String variable, String condition) {

	}

}
