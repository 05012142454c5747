package vn.motcua.migration;

import java.net.URI;

import jakarta.validation.Valid;
import vn.motcua.security.Officer;
import vn.motcua.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's command to move running dossiers to a newer version of their
 * process: {@code POST /api/admin/migrations} (a dry run unless {@code "dryRun": false})
 * and {@code GET /api/admin/migrations/{batchId}} to follow the batch. Administrators
 * ({@code camunda-admin}) only.
 */
@RestController
@RequestMapping("/api/admin/migrations")
class MigrationController {

	private final ProcessMigrations migrations;

	MigrationController(ProcessMigrations migrations) {
		this.migrations = migrations;
	}

	@PostMapping
	ResponseEntity<MigrationReport> migrate(@Valid @RequestBody MigrationRequest request) {
		requireAdministrator();
		MigrationReport report = this.migrations.migrate(request);
		if (report.batchId() == null) {
			return ResponseEntity.ok(report);
		}
		return ResponseEntity.accepted().location(URI.create("/api/admin/migrations/" + report.batchId())).body(report);
	}

	@GetMapping("/{batchId}")
	MigrationBatch batch(@PathVariable String batchId) {
		requireAdministrator();
		return this.migrations.batch(batchId);
	}

	private static void requireAdministrator() {
		if (!Officer.current().administrator()) {
			throw new ApiException(HttpStatus.FORBIDDEN, "administrators-only", "migration.forbidden");
		}
	}

}
