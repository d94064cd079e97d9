package nl.cultuurschakel.binnenbuiten;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements each test thread sends, so tests can bound the number of
 * queries a page needs ({@link #reset()}, then {@link #statements()}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery().build();
				}
				return bean;
			}

		};
	}

	public static void reset() {
		QueryCountHolder.clear();
	}

	public static long statements() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}
