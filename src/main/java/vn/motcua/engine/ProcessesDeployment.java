package vn.motcua.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Deploys the models, decisions and forms of the {@code processes/} folder
 * ({@code motcua.processes.location}) as one deployment named {@value #NAME}, when and
 * only when one of them changed since the last deployment of that name.
 * <p>
 * Why one unit: call activities and forms are bound to the deployment of the model that
 * uses them ({@code calledElementBinding="deployment"},
 * {@code formRefBinding="deployment"}), so a running dossier keeps the agency process and
 * the forms it started with. A deployment holding only the changed files would leave the
 * unchanged models bound to the old forms and the changed forms unused; so a change
 * deploys the whole folder again (every model gets a new version; the unchanged ones keep
 * their {@code versionTag}), and a restart without a change deploys nothing (duplicate
 * filtering).
 * <p>
 * Resource names are paths relative to the folder ({@code bpmn/mot-cua.bpmn}), the same
 * from a checkout, the jar or an external folder, so that moving the folder is not a
 * change.
 */
public final class ProcessesDeployment {

	/** The deployment name (and the duplicate filter's scope) of the folder. */
	public static final String NAME = "motcua-processes";

	/** The deployment source, to tell the folder's deployments from Modeler's. */
	public static final String SOURCE = "motcua: processes/";

	private static final List<String> PATTERNS = List.of("**/*.bpmn", "**/*.dmn", "**/*.form");

	private static final Logger LOG = LoggerFactory.getLogger(ProcessesDeployment.class);

	private final ResourcePatternResolver resolver;

	private final String location;

	/**
	 * @param location the folder, a Spring resource location such as
	 * {@code classpath:processes/} or {@code file:/etc/motcua/processes/}
	 */
	public ProcessesDeployment(String location) {
		this(new PathMatchingResourcePatternResolver(), location);
	}

	ProcessesDeployment(ResourcePatternResolver resolver, String location) {
		this.resolver = resolver;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/**
	 * Deploys the folder if it changed.
	 * @return the new deployment, or {@code null} when nothing changed
	 */
	public Deployment deploy(ProcessEngine engine) {
		Map<String, Resource> files = files();
		if (files.isEmpty()) {
			throw new IllegalStateException("Không có mô hình, bảng quyết định hay biểu mẫu nào trong " + this.location
					+ " (motcua.processes.location) / no model, decision or form under " + this.location);
		}
		RepositoryService repository = engine.getRepositoryService();
		Map<String, ProcessDefinition> latestBefore = latestProcesses(repository);
		List<String> earlier = repository.createDeploymentQuery()
			.deploymentName(NAME)
			.list()
			.stream()
			.map(Deployment::getId)
			.toList();
		DeploymentBuilder builder = repository.createDeployment()
			.name(NAME)
			.source(SOURCE)
			// false: if one file changed, all are deployed again (see the class comment).
			.enableDuplicateFiltering(false);
		files.forEach((name, resource) -> builder.addInputStream(name, read(resource)));
		DeploymentWithDefinitions deployment = builder.deployWithResult();
		// An existing deployment (found by the duplicate filter, also when another node
		// deployed the same files a moment earlier) carries no deployed definitions.
		if (earlier.contains(deployment.getId()) || deployment.getDeployedProcessDefinitions() == null) {
			LOG.info("processes/ unchanged at {}: nothing deployed", this.location);
			reportForeignLatest(repository, latestBefore);
			return null;
		}
		List<ProcessDefinition> deployed = deployment.getDeployedProcessDefinitions();
		for (ProcessDefinition definition : deployed) {
			ProcessDefinition before = latestBefore.get(definition.getKey());
			if (before != null && !isOurs(repository, before)) {
				Deployment foreign = repository.createDeploymentQuery()
					.deploymentId(before.getDeploymentId())
					.singleResult();
				LOG.warn(
						"Mô hình {} phiên bản {} (triển khai '{}' từ '{}') được thay bằng phiên bản {} từ thư mục processes/ / "
								+ "process {} version {} deployed from '{}' is superseded by version {} from processes/",
						before.getKey(), before.getVersion(), foreign.getName(), foreign.getSource(),
						definition.getVersion(), before.getKey(), before.getVersion(), foreign.getSource(),
						definition.getVersion());
			}
		}
		LOG.info("processes/ deployed from {} as deployment {}: {}", this.location, deployment.getId(),
				deployed.stream().map((d) -> d.getKey() + " v" + d.getVersion()).toList());
		return deployment;
	}

	/** The folder's files by their name relative to the folder, in a stable order. */
	Map<String, Resource> files() {
		Map<String, Resource> files = new TreeMap<>();
		try {
			String root = this.resolver.getResource(this.location).getURL().toString();
			root = root.endsWith("/") ? root : root + "/";
			for (String pattern : PATTERNS) {
				for (Resource resource : this.resolver.getResources(this.location + pattern)) {
					String url = resource.getURL().toString();
					if (!url.startsWith(root)) {
						throw new IllegalStateException(url + " is outside " + root);
					}
					String name = url.substring(root.length());
					// Editors' and lint tools' folders are not models.
					if (!name.startsWith(".") && !name.contains("/.") && !name.contains("node_modules/")) {
						files.put(name, resource);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read processes from " + this.location, ex);
		}
		return files;
	}

	/**
	 * A newer version deployed from elsewhere (Camunda Modeler, in development) that the
	 * unchanged folder leaves in place: said once at start-up, so nobody wonders which
	 * version new dossiers run.
	 */
	private void reportForeignLatest(RepositoryService repository, Map<String, ProcessDefinition> latest) {
		latest.values()
			.stream()
			.filter((definition) -> !isOurs(repository, definition))
			.sorted(Comparator.comparing(ProcessDefinition::getKey))
			.forEach((definition) -> LOG.warn(
					"Mô hình {} phiên bản {} không lấy từ thư mục processes/ vẫn là bản mới nhất / process {} version {} "
							+ "was not deployed from processes/ and stays the latest",
					definition.getKey(), definition.getVersion(), definition.getKey(), definition.getVersion()));
	}

	private static Map<String, ProcessDefinition> latestProcesses(RepositoryService repository) {
		Map<String, ProcessDefinition> latest = new HashMap<>();
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
			latest.put(definition.getKey(), definition);
		}
		return latest;
	}

	private static boolean isOurs(RepositoryService repository, ProcessDefinition definition) {
		Deployment deployment = repository.createDeploymentQuery()
			.deploymentId(definition.getDeploymentId())
			.singleResult();
		return deployment != null && NAME.equals(deployment.getName()) && SOURCE.equals(deployment.getSource());
	}

	private static InputStream read(Resource resource) {
		try {
			return resource.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
