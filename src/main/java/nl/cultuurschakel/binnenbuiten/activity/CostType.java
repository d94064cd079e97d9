package nl.cultuurschakel.binnenbuiten.activity;

/**
 * What an activity costs families: free, accepted with (or discounted by) the
 * Ooievaarspas, or a price in euros.
 */
public enum CostType {

	FREE, OOIEVAARSPAS, PAID

}
