package vn.motcua.migration;

import java.util.List;

/**
 * What a migration of running dossiers does, or would do.
 *
 * @param processDefinitionKey the process
 * @param source the version the dossiers run now
 * @param target the version they move to
 * @param dryRun whether nothing was moved
 * @param mapped the steps that move to a step of the same id
 * @param unmappedActivities steps of the source version without a counterpart: a dossier
 * waiting at one of them cannot move
 * @param instances running dossiers (process instances) on the source version
 * @param migratable those that can move
 * @param blocked those that cannot, and why
 * @param batchId the batch that moves them, when not a dry run
 * @param message a summary in Vietnamese
 */
record MigrationReport(String processDefinitionKey, Version source, Version target, boolean dryRun,
		List<Mapping> mapped, List<Step> unmappedActivities, int instances, int migratable, List<Blocked> blocked,
		String batchId, String message) {

	/** One deployed version of the process. */
	record Version(String id, int version, String versionTag) {

	}

	/** A step mapped to the step of the same id. */
	record Mapping(String sourceActivityId, String targetActivityId) {

	}

	/** A step of a model. */
	record Step(String activityId, String name) {

	}

	/** A running dossier that cannot move. */
	record Blocked(String processInstanceId, String dossierCode, List<Step> activities, String reason) {

	}

}
