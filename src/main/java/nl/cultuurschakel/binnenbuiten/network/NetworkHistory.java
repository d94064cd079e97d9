package nl.cultuurschakel.binnenbuiten.network;

import java.util.List;

/**
 * A neighbourhood's network in a period next to the one it is compared with, and its
 * metrics year by year: what the network page shows.
 *
 * @param report the network of the period and of the period it is compared with
 * @param years the metrics of each calendar year, oldest first
 */
public record NetworkHistory(NetworkReport report, List<NetworkYear> years) {

}
