package nl.cultuurschakel.binnenbuiten.demo;

import java.util.List;

import org.springframework.boot.test.context.TestComponent;

/**
 * Lets tests of other modules load the demo data set (without the demo log-ins, which
 * would clash with the test database's users). Call inside a rolled-back test
 * transaction.
 */
@TestComponent
public class DemoDataSetAccess {

	private final DemoDataSet dataSet;

	DemoDataSetAccess(DemoDataSet dataSet) {
		this.dataSet = dataSet;
	}

	/**
	 * The network, contact moments, activities, workshops, ideas and grants, with the
	 * given staff members as their advisors.
	 */
	public void loadProgramme(List<Long> staff) {
		this.dataSet.loadProgramme(this.dataSet.loadNetwork(), staff);
	}

}
