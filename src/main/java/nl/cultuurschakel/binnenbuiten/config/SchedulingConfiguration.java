package nl.cultuurschakel.binnenbuiten.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the modules' {@code @Scheduled} jobs, such as the retention of contact-moment
 * notes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

}
