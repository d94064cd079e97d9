package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.Arrays;
import java.util.List;

/**
 * The items of the building blocks, each about one thing a strong ecosystem has in place
 * (DOMAIN.md, "the five building blocks"). The text of an item is the message
 * {@code scan.item.<NAME>}; the name is stored, so an item is renamed only with a
 * migration.
 */
public enum ScanItem {

	CROSS_DOMAIN_NETWORK(BuildingBlock.SOLID_BASE),

	FIXED_CONTACT_PERSON(BuildingBlock.SOLID_BASE),

	CLEAR_ROLES(BuildingBlock.SOLID_BASE),

	KEY_FIGURES(BuildingBlock.SOLID_BASE),

	SHARED_VISION(BuildingBlock.STRONGER_TOGETHER),

	EQUAL_PARTNERSHIP(BuildingBlock.STRONGER_TOGETHER),

	SHARED_PLATFORM(BuildingBlock.STRONGER_TOGETHER),

	JOINT_COMMUNICATION(BuildingBlock.STRONGER_TOGETHER),

	YOUTH_PARTICIPATION(BuildingBlock.EVERYONE_JOINS_IN),

	PARTNER_STRENGTHS(BuildingBlock.EVERYONE_JOINS_IN),

	ROLE_MODELS(BuildingBlock.EVERYONE_JOINS_IN),

	LANGUAGE_AND_DIGITAL(BuildingBlock.EVERYONE_JOINS_IN),

	SAFE_SUPERVISION(BuildingBlock.EVERYONE_JOINS_IN),

	FINANCIAL_ACCESS(BuildingBlock.EVERYONE_JOINS_IN),

	NO_OVERLAP(BuildingBlock.SMART_PLANNING),

	SHARED_SPACES(BuildingBlock.SMART_PLANNING),

	SEVERAL_CHANNELS(BuildingBlock.SMART_PLANNING),

	NEIGHBOURHOOD_SITUATION(BuildingBlock.SMART_PLANNING),

	CLEAR_GOALS(BuildingBlock.LOOKING_AHEAD),

	VISIBLE_CONTRIBUTION(BuildingBlock.LOOKING_AHEAD),

	EVALUATE_AND_ADJUST(BuildingBlock.LOOKING_AHEAD);

	private final BuildingBlock block;

	ScanItem(BuildingBlock block) {
		this.block = block;
	}

	public BuildingBlock block() {
		return this.block;
	}

	static List<ScanItem> of(BuildingBlock block) {
		return Arrays.stream(values()).filter((item) -> item.block == block).toList();
	}

}
