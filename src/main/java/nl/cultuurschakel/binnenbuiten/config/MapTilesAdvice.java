package nl.cultuurschakel.binnenbuiten.config;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page that shows a map finds the tile settings as {@code mapTiles}
 * ({@code fragments/position.html}, the neighbourhood map).
 */
@ControllerAdvice
@RequiredArgsConstructor
class MapTilesAdvice {

	private final MapTiles mapTiles;

	@ModelAttribute("mapTiles")
	MapTiles mapTiles() {
		return this.mapTiles;
	}

}
