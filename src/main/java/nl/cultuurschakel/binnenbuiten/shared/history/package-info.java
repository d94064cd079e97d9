/**
 * Status history: each module records the steps of its own records (an idea, a grant, a
 * neighbourhood's phase) in its own table with its own status enum, in one shape.
 */
package nl.cultuurschakel.binnenbuiten.shared.history;
