package vn.motcua.sync;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code motcua.national-sync.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NationalSyncProperties.class)
class SyncConfiguration {

}
