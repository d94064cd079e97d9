package nl.cultuurschakel.binnenbuiten.demo;

import java.time.Duration;

/**
 * The demo data set was written into an empty database.
 *
 * @param took how long writing it took
 * @param cpu the processor time the writing thread used in that time (less than
 * {@code took} by the time spent waiting for the database or for a busy machine)
 */
record DemoDataLoaded(Duration took, Duration cpu) {
}
