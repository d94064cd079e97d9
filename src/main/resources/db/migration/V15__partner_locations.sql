-- Where partners and their shared spaces are, for the neighbourhood map: optional, both
-- coordinates or neither (WGS 84, six decimals: about 10 cm). A space without its own
-- position is shown at its partner's.
alter table partner
    add column latitude  numeric(9, 6),
    add column longitude numeric(9, 6),
    add constraint ck_partner_position check ((latitude is null) = (longitude is null));

alter table partner_space
    add column latitude  numeric(9, 6),
    add column longitude numeric(9, 6),
    add constraint ck_space_position check ((latitude is null) = (longitude is null));
