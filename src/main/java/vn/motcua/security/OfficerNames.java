package vn.motcua.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import org.springframework.stereotype.Component;

/**
 * The full names of the people behind user ids, for what a person reads: a dossier's
 * history, its printed forms. The name is Camunda's "first last" (Vietnamese order, see
 * {@code demo-officers.yaml}); a user without a name, or no longer known, keeps the id.
 * Read without authorization checks: an officer who may see a dossier may see who handled
 * it, though Camunda lets him read no other user.
 */
@Component
public class OfficerNames {

	/** The actor recorded for timers and other work nobody clicked. */
	static final String SYSTEM = "he-thong";

	static final String SYSTEM_NAME = "Hệ thống";

	private final IdentityService identity;

	private final CommandExecutor commands;

	OfficerNames(ProcessEngine engine) {
		this.identity = engine.getIdentityService();
		this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired();
	}

	/** The full name of one user id, or the id itself. */
	public String fullName(String userId) {
		return fullNames(List.of(userId)).getOrDefault(userId, userId);
	}

	/** The full name of each of the given user ids (nulls skipped), in one query. */
	public Map<String, String> fullNames(Collection<String> userIds) {
		Set<String> ids = new LinkedHashSet<>(userIds);
		ids.removeIf(Objects::isNull);
		Map<String, String> names = new HashMap<>();
		ids.forEach((id) -> names.put(id, id));
		if (ids.remove(SYSTEM)) {
			names.put(SYSTEM, SYSTEM_NAME);
		}
		if (ids.isEmpty()) {
			return names;
		}
		List<User> users = this.commands.execute((context) -> context.runWithoutAuthorization(
				() -> this.identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()));
		for (User user : users) {
			String full = (blankToEmpty(user.getFirstName()) + " " + blankToEmpty(user.getLastName())).trim();
			if (!full.isEmpty()) {
				names.put(user.getId(), full);
			}
		}
		return names;
	}

	private static String blankToEmpty(String value) {
		return (value == null) ? "" : value.trim();
	}

}
