package vn.motcua.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * On a server the {@code processes/} folder is the one source of models: a deployment
 * made by a logged-in user (Camunda Modeler's "Deploy", {@code POST
 * /engine-rest/deployment/create} or {@code .../redeploy}), administrators included, is
 * refused with a 403 that says what to do instead. The folder's own deployment runs at
 * start-up with nobody logged in. Development ({@code motcua.processes.rest-deployments})
 * lets Modeler deploy.
 */
final class RestDeploymentGuard extends CommandInterceptor {

	static final String MESSAGE = "Máy chủ này không nhận triển khai mô hình qua REST hay Camunda Modeler: "
			+ "chép tệp vào thư mục processes/ của máy chủ rồi khởi động lại (xem README, mục \"Change a flow\"). "
			+ "/ This server deploys models from its processes/ folder only.";

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof DeployCmd && byUser()) {
			throw new AuthorizationException(MESSAGE);
		}
		return this.next.execute(command);
	}

	private static boolean byUser() {
		CommandContext context = Context.getCommandContext();
		Authentication authentication = (context != null) ? context.getAuthentication() : null;
		return authentication != null && authentication.getUserId() != null;
	}

}
