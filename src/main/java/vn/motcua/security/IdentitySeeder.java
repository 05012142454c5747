package vn.motcua.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.catalog.Agency;
import vn.motcua.catalog.Catalogue;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates, on every start and idempotently, the Camunda groups of {@code agencies.yaml},
 * their authorizations, the administrator from the environment and, in the demo profile,
 * one demo user per group, with a full name. Existing users and passwords are never
 * changed (but for a demo user's placeholder name, which becomes the full name).
 * <p>
 * It runs once every singleton exists, before the web server opens its port (the
 * connector starts at the very end of the context refresh), so no request ever meets an
 * engine without its administrator and authorizations. Without an administrator, neither
 * in the database nor from {@code MOTCUA_ADMIN_USER} / {@code MOTCUA_ADMIN_PASSWORD}, the
 * application refuses to start ({@link NoAdministratorException}): otherwise Camunda's
 * first-user set-up would make the first visitor an administrator.
 */
@Component
@EnableConfigurationProperties(IdentityProperties.class)
class IdentitySeeder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final Catalogue catalogue;

	private final IdentityProperties properties;

	IdentitySeeder(IdentityService identity, AuthorizationService authorizations, Catalogue catalogue,
			IdentityProperties properties) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.catalogue = catalogue;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		DemoOfficers names = this.properties.demo().usersEnabled()
				? DemoOfficers.read(this.properties.demo().officers()) : null;
		seedAdministrators();
		seedManagers(names);
		for (Agency agency : this.catalogue.agencies()) {
			for (String role : agency.roles()) {
				String group = agency.group(role);
				group(group, Roles.label(role) + " - " + agency.name());
				grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
				grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
				grant(group, Resources.FILTER, "*", Permissions.READ);
				if (this.properties.demo().usersEnabled()) {
					demoUser(names, agency.code() + "." + role, Roles.label(role), agency.name(), group);
				}
			}
		}
	}

	private void seedAdministrators() {
		group(Roles.ADMINS, "Quản trị hệ thống");
		for (Resource resource : Resources.values()) {
			grant(Roles.ADMINS, resource, "*", Permissions.ALL);
		}
		IdentityProperties.Admin admin = this.properties.admin();
		if (!admin.configured()) {
			if (this.identity.createUserQuery().memberOfGroup(Roles.ADMINS).count() == 0) {
				throw new NoAdministratorException();
			}
			return;
		}
		user(admin.user(), "Quản trị", "hệ thống", admin.password(), Roles.ADMINS);
	}

	private void seedManagers(DemoOfficers names) {
		group(Roles.MANAGERS, "Quản lý Trung tâm");
		for (String app : List.of("tasklist", "cockpit")) {
			grant(Roles.MANAGERS, Resources.APPLICATION, app, Permissions.ACCESS);
		}
		grant(Roles.MANAGERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
				Permissions.READ_TASK, Permissions.READ_HISTORY);
		grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
		grant(Roles.MANAGERS, Resources.TASK, "*", Permissions.READ);
		grant(Roles.MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
		grant(Roles.MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);
		grant(Roles.MANAGERS, Resources.FILTER, "*", Permissions.READ);
		if (this.properties.demo().usersEnabled()) {
			demoUser(names, "quan-ly", "Quản lý", "Trung tâm", Roles.MANAGERS);
		}
	}

	private void group(String id, String name) {
		if (this.identity.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = this.identity.newGroup(id);
		group.setName(name);
		group.setType(Roles.ADMINS.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
		this.identity.saveGroup(group);
	}

	/**
	 * A demo user with the full name of {@code demo-officers.yaml}, else the role and
	 * agency (the placeholder name of earlier versions). A demo user who still has the
	 * placeholder gets the full name: a demo database created before keeps working.
	 */
	private void demoUser(DemoOfficers names, String id, String placeholderFirst, String placeholderLast,
			String group) {
		DemoOfficers.Name name = names.name(id);
		String first = (name != null) ? name.first() : placeholderFirst;
		String last = (name != null) ? name.last() : placeholderLast;
		user(id, first, last, this.properties.demo().password(), group);
		User existing = this.identity.createUserQuery().userId(id).singleResult();
		if (name != null && placeholderFirst.equals(existing.getFirstName())
				&& placeholderLast.equals(existing.getLastName())) {
			existing.setFirstName(first);
			existing.setLastName(last);
			this.identity.saveUser(existing);
		}
	}

	private void user(String id, String firstName, String lastName, String password, String group) {
		if (this.identity.createUserQuery().userId(id).count() == 0) {
			User user = this.identity.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setPassword(password);
			this.identity.saveUser(user);
			log.info("Created user {} in group {}", id, group);
		}
		if (this.identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
			this.identity.createMembership(id, group);
		}
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		boolean exists = this.authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (exists) {
			return;
		}
		Authorization authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		this.authorizations.saveAuthorization(authorization);
	}

}
