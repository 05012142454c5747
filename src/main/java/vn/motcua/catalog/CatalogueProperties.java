package vn.motcua.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the catalogue files are; by default the copies of {@code processes/catalogue} on
 * the classpath.
 *
 * @param procedures the procedure catalogue
 * @param agencies the agency list
 * @param approvals who may approve which procedures on site
 */
@ConfigurationProperties("motcua.catalogue")
record CatalogueProperties(Resource procedures, Resource agencies, Resource approvals) {

}
