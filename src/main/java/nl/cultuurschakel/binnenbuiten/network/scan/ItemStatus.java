package nl.cultuurschakel.binnenbuiten.network.scan;

/**
 * How far an item of the scan is: not yet, in progress, or in place.
 */
public enum ItemStatus {

	NOT_YET, IN_PROGRESS, IN_PLACE

}
