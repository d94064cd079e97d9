package nl.cultuurschakel.binnenbuiten;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules keep to their declared dependencies and named interfaces, and their
 * documentation (C4 and PlantUML component diagrams, module canvases) is written to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private static final Path DOCS = Path.of("target", "spring-modulith-docs");

	private final ApplicationModules modules = ApplicationModules.of(BinnenBuitenApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyModuleIsKnown() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"account", "activity", "agenda", "audit", "config", "contact", "dashboard", "demo", "grant", "home",
				"idea", "neighbourhood", "network", "partner", "privacy", "search", "shared", "story", "workshop");
	}

	@Test
	void everyModuleButSharedDeclaresItsDependencies() {
		assertThat(this.modules.stream()
			.filter((module) -> !module.getIdentifier().toString().equals("shared"))
			.filter((module) -> module.getAllowedDependencies(this.modules).isEmpty())
			.map((module) -> module.getIdentifier().toString())).isEmpty();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeDocumentation();

		assertThat(DOCS.resolve("components.puml")).isNotEmptyFile();
		assertThat(DOCS.resolve("module-idea.puml")).content().contains("Ideas", "Activities, \"listens to\"");
		assertThat(DOCS.resolve("module-idea.adoc")).content().contains("Events listened to", "ActivityCompleted");
	}

}
