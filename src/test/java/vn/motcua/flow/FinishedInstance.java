package vn.motcua.flow;

import org.camunda.bpm.engine.runtime.ProcessInstance;

/** A handle on an instance that has already ended, for bpm-assert's history checks. */
record FinishedInstance(String id) implements ProcessInstance {

	@Override
	public String getId() {
		return this.id;
	}

	@Override
	public String getProcessInstanceId() {
		return this.id;
	}

	@Override
	public String getRootProcessInstanceId() {
		return this.id;
	}

	@Override
	public boolean isEnded() {
		return true;
	}

	@Override
	public boolean isSuspended() {
		return false;
	}

	@Override
	public String getProcessDefinitionId() {
		return null;
	}

	@Override
	public String getBusinessKey() {
		return null;
	}

	@Override
	public String getCaseInstanceId() {
		return null;
	}

	@Override
	public String getProcessDefinitionKey() {
		return null;
	}

	@Override
	public String getTenantId() {
		return null;
	}

}
