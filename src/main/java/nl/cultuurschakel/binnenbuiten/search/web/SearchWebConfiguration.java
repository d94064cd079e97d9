package nl.cultuurschakel.binnenbuiten.search.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.search.SearchService;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link RecentViewRecorder}.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class SearchWebConfiguration implements WebMvcConfigurer {

	private final SearchService search;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RecentViewRecorder(this.search));
	}

}
