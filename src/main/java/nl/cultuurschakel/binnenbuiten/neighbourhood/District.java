package nl.cultuurschakel.binnenbuiten.neighbourhood;

/**
 * Den Haag's eight districts (stadsdelen).
 */
public enum District {

	CENTRUM, ESCAMP, HAAGSE_HOUT, LAAK, LEIDSCHENVEEN_YPENBURG, LOOSDUINEN, SCHEVENINGEN, SEGBROEK

}
