package nl.cultuurschakel.binnenbuiten;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * BinnenBuiten: the shared platform of CultuurSchakel's neighbourhood learning
 * ecosystems.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BinnenBuitenApplication {

	public static void main(String[] args) {
		SpringApplication.run(BinnenBuitenApplication.class, args);
	}

}
