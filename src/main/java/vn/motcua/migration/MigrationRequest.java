package vn.motcua.migration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Move the running dossiers of one process from one version to another.
 *
 * @param processDefinitionKey the process key, e.g. {@code mot-cua}
 * @param sourceVersion the version the dossiers run now
 * @param targetVersion the version to move them to
 * @param dryRun only say what would move and what could not (the default)
 */
record MigrationRequest(@NotBlank(message = "{migration.key.required}") String processDefinitionKey,
		@NotNull(message = "{migration.version.required}") @Min(value = 1,
				message = "{migration.version.required}") Integer sourceVersion,
		@NotNull(message = "{migration.version.required}") @Min(value = 1,
				message = "{migration.version.required}") Integer targetVersion,
		Boolean dryRun) {

	boolean isDryRun() {
		return this.dryRun == null || this.dryRun;
	}

}
