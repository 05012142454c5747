package vn.motcua.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer finds on the left of Tasklist. They are the same for
 * every agency: each shows the tasks of the logged-in officer's own groups, so an officer
 * of one agency never sees another's. Created once; a designer's later edits in Tasklist
 * are kept.
 */
@Component
@Order(1)
class TasklistFilters implements ApplicationRunner {

	/** Managers' read-only view of every agency's overdue tasks. */
	static final String EVERY_AGENCY_OVERDUE = "Quá hạn mọi cơ quan";

	/** Close of office hours of the next working day. */
	static final String DUE_SOON_UNTIL = "${workingDays.endOfNextWorkingDay(now())}";

	private static final String OLD_DUE_SOON_UNTIL = "${dateTime().plusDays(1).toDate()}";

	/**
	 * What each task's card shows: the dossier code first (user-styles.css gives it the
	 * card's width), or a complaint's code, then the procedure and the due date.
	 */
	static final List<Map<String, String>> CARD_VARIABLES = List.of(variable("dossierCode", "Mã hồ sơ"),
			variable("feedbackCode", "Mã phản ánh"), variable("procedureName", "Thủ tục"),
			variable("dueText", "Hạn trả kết quả"));

	/** The cards as first shipped, without the complaint's code. */
	private static final List<Map<String, String>> OLD_CARD_VARIABLES = List.of(variable("dossierCode", "Mã hồ sơ"),
			variable("procedureName", "Thủ tục"), variable("dueText", "Hạn trả kết quả"));

	private final FilterService filters;

	private final TaskService tasks;

	TasklistFilters(FilterService filters, TaskService tasks) {
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		create("Việc của đơn vị", -10, "Việc của các nhóm mà tôi thuộc về (theo cơ quan và vai trò)", "#1d4f91",
				unit().orderByDueDate().asc());
		create("Việc của tôi", -9, "Việc đã nhận xử lý, sắp xếp theo hạn", "#1f6f43",
				this.tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
		create("Sắp đến hạn", -8, "Hạn trả từ bây giờ đến hết ngày làm việc tiếp theo", "#c98a00", dueSoon());
		upgradeDueSoon();
		create("Quá hạn", -7, "Đã quá hạn trả kết quả: xử lý ngay và lập văn bản xin lỗi", "#b3261e",
				unit().dueBeforeExpression("${now()}").orderByDueDate().asc());
		create(EVERY_AGENCY_OVERDUE, -5,
				"Quản lý Trung tâm: việc quá hạn của mọi cơ quan, chỉ để theo dõi (cán bộ khác chỉ thấy việc "
						+ "của đơn vị mình)",
				"#7a1c17", this.tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
		create("Chờ bổ sung", -6, "Hồ sơ đang chờ tổ chức, cá nhân nộp bổ sung", "#6b5b95",
				unit().taskDefinitionKeyIn("receive-reception-supplement", "receive-agency-supplement")
					.orderByTaskCreateTime()
					.asc());
		upgradeCards();
	}

	/**
	 * Due from now to the close of the next working day on the official calendar (a
	 * Friday's "due soon" reaches Monday, a day before Tết reaches the first day after
	 * it), as the dashboard's list.
	 */
	private TaskQuery dueSoon() {
		return unit().dueAfterExpression("${now()}").dueBeforeExpression(DUE_SOON_UNTIL).orderByDueDate().asc();
	}

	/**
	 * The first shipped "Sắp đến hạn" looked one calendar day ahead; a filter still
	 * holding that query (not edited since) gets the working-day one.
	 */
	private void upgradeDueSoon() {
		Filter filter = this.filters.createFilterQuery().filterName("Sắp đến hạn").singleResult();
		if (filter != null && filter.getQuery() instanceof TaskQueryImpl query
				&& OLD_DUE_SOON_UNTIL.equals(query.getExpressions().get("dueBefore"))) {
			Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
			properties.put("description", "Hạn trả từ bây giờ đến hết ngày làm việc tiếp theo");
			filter.setQuery(dueSoon());
			filter.setProperties(properties);
			this.filters.saveFilter(filter);
		}
	}

	/**
	 * Filters whose cards are still as first shipped (not edited since) show a
	 * complaint's code too.
	 */
	private void upgradeCards() {
		for (Filter filter : this.filters.createFilterQuery().list()) {
			Map<String, Object> properties = filter.getProperties();
			if (properties != null && OLD_CARD_VARIABLES.equals(properties.get("variables"))) {
				Map<String, Object> upgraded = new LinkedHashMap<>(properties);
				upgraded.put("variables", CARD_VARIABLES);
				filter.setProperties(upgraded);
				this.filters.saveFilter(filter);
			}
		}
	}

	private TaskQuery unit() {
		// A candidate-user query also matches the user's groups: tasks offered to my
		// groups, or to me by
		// name (e.g. an on-site approval delegated to a leader).
		return this.tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks();
	}

	private void create(String name, int priority, String description, String color, TaskQuery query) {
		if (this.filters.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("priority", priority);
		properties.put("description", description);
		properties.put("color", color);
		properties.put("refresh", true);
		properties.put("variables", CARD_VARIABLES);
		Filter filter = this.filters.newTaskFilter(name).setProperties(properties).setQuery(query);
		this.filters.saveFilter(filter);
	}

	private static Map<String, String> variable(String name, String label) {
		return Map.of("name", name, "label", label);
	}

}
