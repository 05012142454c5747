/**
 * A sandbox VNeID for the demo: a real OpenID Connect provider (Spring Authorization
 * Server) inside the application under {@code /sandbox/vneid/**}, where the demo citizens
 * log in, so that {@code ./mvnw spring-boot:run} offers the citizen login out of the box.
 * Switched on by {@code motcua.vneid-sandbox.enabled} (demo profile only).
 */
package vn.motcua.vneid;
