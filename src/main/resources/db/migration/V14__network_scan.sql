-- The building-blocks scan (bouwstenen): per neighbourhood per year, a status and an evidence
-- note for each item of the five building blocks, filled in by advisors and signed off by a
-- coordinator. Items not stored yet count as "not yet".
create sequence network_scan_id_seq increment by 50;

create table network_scan (
    id               bigint       not null default nextval('network_scan_id_seq'),
    neighbourhood_id bigint       not null,
    scan_year        integer      not null,
    updated_by       bigint,
    updated_at       timestamp with time zone,
    signed_off_by    bigint,
    signed_off_at    timestamp with time zone,
    version          bigint       not null default 0,
    constraint pk_network_scan primary key (id),
    constraint uk_network_scan_year unique (neighbourhood_id, scan_year),
    constraint fk_network_scan_neighbourhood foreign key (neighbourhood_id) references neighbourhood (id),
    constraint fk_network_scan_updated_by foreign key (updated_by) references account_user (id) on delete set null,
    constraint fk_network_scan_signed_off_by foreign key (signed_off_by) references account_user (id) on delete set null,
    constraint ck_network_scan_year check (scan_year between 2000 and 2099),
    constraint ck_network_scan_signed_off check ((signed_off_by is null) or (signed_off_at is not null))
);

alter sequence network_scan_id_seq owned by network_scan.id;

create table network_scan_item (
    scan_id bigint        not null,
    item    varchar(40)   not null,
    status  varchar(20)   not null,
    note    varchar(1000),
    constraint pk_network_scan_item primary key (scan_id, item),
    constraint fk_network_scan_item_scan foreign key (scan_id) references network_scan (id) on delete cascade,
    constraint ck_network_scan_item_status check (status in ('NOT_YET', 'IN_PROGRESS', 'IN_PLACE'))
);
