package nl.cultuurschakel.binnenbuiten.neighbourhood;

/**
 * Where a neighbourhood's learning ecosystem stands, in the order BinnenBuiten works.
 */
public enum EcosystemPhase {

	/** Verkennen: mapping people, places and activities. */
	EXPLORING,

	/** Netwerk opbouwen: introducing the programme, building the network. */
	BUILDING_NETWORK,

	/** Jeugdparticipatie: workshops in which children share ideas. */
	PARTICIPATION,

	/** Uitvoering: partners realise the plans. */
	REALISING,

	/** Borging: durable programmes in the neighbourhood. */
	SUSTAINING

}
