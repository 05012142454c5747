package vn.motcua.workspace;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.motcua.dossier.DossierRegister;
import vn.motcua.dossier.DossierSteps;
import vn.motcua.dossier.ProcessVariables;

import org.springframework.stereotype.Component;

/**
 * Added by the engine plugin, on complete, to each user task the model marks as returning
 * the result ({@code <camunda:property name="returnsResult" value="true"/>}): a result
 * returned electronically ("Trả kết quả điện tử") needs the result document attached
 * first, or the citizen would find nothing to download; one returned by post needs a
 * postal address (the one chosen at submission, else the applicant's). The completion is
 * refused as a form validation error (REST and Tasklist answer 400 with the message,
 * never 500), and the task stays open.
 */
@Component
public class ElectronicReturnGuard implements TaskListener {

	static final String REFUSED = "Chưa đính kèm văn bản kết quả nên chưa trả kết quả điện tử được. Bấm "
			+ "\"Đính kèm văn bản kết quả\" trong biểu mẫu, nhập số, ngày, người ký và tệp, rồi bấm Hoàn thành lại; "
			+ "hoặc chọn hình thức trả kết quả khác.";

	static final String BY_POST = "buu-chinh";

	static final String NO_ADDRESS = "Hồ sơ chưa có địa chỉ của người nhận nên chưa gửi kết quả qua bưu chính được; "
			+ "chọn hình thức trả kết quả khác (tại Bộ phận Một cửa hoặc điện tử) rồi bấm Hoàn thành lại.";

	private final ResultDocuments results;

	private final DossierSteps steps;

	private final DossierRegister register;

	ElectronicReturnGuard(ResultDocuments results, DossierSteps steps, DossierRegister register) {
		this.register = register;
		this.results = results;
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!EVENTNAME_COMPLETE.equals(task.getEventName()) || task.getExecution() == null) {
			return;
		}
		Object method = task.getVariable(ProcessVariables.RETURN_METHOD);
		if (BY_POST.equals(method)) {
			this.steps.findDossier(task.getExecution()).ifPresent((dossier) -> {
				if (this.register.postalAddress(dossier) == null) {
					throw new Refused(NO_ADDRESS);
				}
			});
			return;
		}
		if (!ElectronicResults.ELECTRONIC.equals(method)) {
			return;
		}
		this.steps.findDossier(task.getExecution()).ifPresent((dossier) -> {
			if (this.results.find(dossier.code()).isEmpty()) {
				throw new Refused(REFUSED);
			}
		});
	}

	/** A form validation error: the REST API and Tasklist show its message with 400. */
	static final class Refused extends FormFieldValidationException {

		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(null, message);
		}

	}

}
