package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.List;

import nl.cultuurschakel.binnenbuiten.shared.Chart;
import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * Everything the dashboard shows for one period and selection.
 */
public record Dashboard(Period period, Period previous, Selection selection, List<Figure> figures, List<Chart> charts) {

	public Figure figure(FigureKey key) {
		return this.figures.stream().filter((figure) -> figure.key() == key).findFirst().orElseThrow();
	}

}
