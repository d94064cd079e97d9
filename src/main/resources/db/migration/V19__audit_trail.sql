-- The audit trail (module audit, Hibernate Envers). Each transaction that changes audited
-- records writes one audit_revision (when, by whom: the username, or 'system' for jobs and the
-- demo data) and, per changed record, one row in audit_revision_change (what the list at
-- /admin/audit pages over) and one row in the record's <table>_aud table with the values after
-- the change (before it, for a delete). revision_type is Envers's: 0 created, 1 changed,
-- 2 deleted. Element collections have <collection table>_aud tables of their own.
-- Left out of the trail on purpose (no column here): password hashes, failed-log-in counters and
-- lock-outs, agenda feed token hashes, workshop public tokens, and contact-moment notes (staff-only
-- and erased after their retention period; a change of them still shows as a change).
-- No enum checks on the _aud tables: a history row is never refused.
-- Revision numbers come one at a time (not in blocks of 50 as the record ids, V11), so that they
-- follow the order of time also when several instances write.
create sequence audit_revision_id_seq increment by 1;

create table audit_revision (
    id          bigint                   not null default nextval('audit_revision_id_seq'),
    changed_at  timestamp with time zone not null,
    username    varchar(120)             not null,
    constraint pk_audit_revision primary key (id)
);

alter sequence audit_revision_id_seq owned by audit_revision.id;

create index ix_audit_revision_username on audit_revision (username);
create index ix_audit_revision_changed_at on audit_revision (changed_at);

create table audit_revision_change (
    revision_id  bigint      not null,
    entity_type  varchar(60) not null,
    entity_id    bigint      not null,
    change_kind  varchar(10) not null,
    constraint pk_audit_revision_change primary key (revision_id, entity_type, entity_id, change_kind),
    constraint fk_audit_revision_change_revision foreign key (revision_id) references audit_revision (id),
    constraint ck_audit_revision_change_kind check (change_kind in ('CREATED', 'CHANGED', 'DELETED'))
);

create index ix_audit_revision_change_record on audit_revision_change (entity_type, entity_id);

create table account_user_aud (
    id            bigint not null,
    revision_id   bigint not null,
    revision_type smallint,
    enabled       boolean,
    created_at    timestamp with time zone,
    partner_id    bigint,
    version       bigint,
    role          varchar(20),
    username      varchar(60),
    display_name  varchar(120),
    constraint pk_account_user_aud primary key (id, revision_id),
    constraint fk_account_user_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table activity_aud (
    id                  bigint not null,
    revision_id         bigint not null,
    revision_type       smallint,
    activity_date       date,
    capacity            integer,
    children_reached    integer,
    end_time            time,
    max_age             integer,
    min_age             integer,
    price               numeric(12,2),
    start_time          time,
    neighbourhood_id    bigint,
    source_idea_id      bigint,
    space_id            bigint,
    version             bigint,
    series_id           uuid,
    cost_type           varchar(20),
    status              varchar(20),
    discipline          varchar(30),
    title               varchar(200),
    address             varchar(300),
    accessibility_notes varchar(1000),
    cancel_reason       varchar(1000),
    description         varchar(5000),
    constraint pk_activity_aud primary key (id, revision_id),
    constraint fk_activity_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table activity_channel_aud (
    activity_id   bigint not null,
    channel       varchar(30) not null,
    revision_id   bigint not null,
    revision_type smallint,
    constraint pk_activity_channel_aud primary key (activity_id, revision_id, channel),
    constraint fk_activity_channel_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table activity_partner_aud (
    activity_id   bigint not null,
    partner_id    bigint not null,
    revision_id   bigint not null,
    revision_type smallint,
    constraint pk_activity_partner_aud primary key (activity_id, partner_id, revision_id),
    constraint fk_activity_partner_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table agenda_feed_aud (
    id            bigint not null,
    revision_id   bigint not null,
    revision_type smallint,
    created_at    timestamp with time zone,
    user_id       bigint,
    version       bigint,
    constraint pk_agenda_feed_aud primary key (id, revision_id),
    constraint fk_agenda_feed_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table contact_aud (
    id                 bigint not null,
    revision_id        bigint not null,
    revision_type      smallint,
    contact_date       date,
    follow_up_done     boolean,
    follow_up_due      date,
    advisor_id         bigint,
    counterpart_id     bigint,
    neighbourhood_id   bigint,
    version            bigint,
    submission_key     uuid,
    counterpart_domain varchar(20),
    kind               varchar(20),
    subject            varchar(200),
    follow_up          varchar(500),
    constraint pk_contact_aud primary key (id, revision_id),
    constraint fk_contact_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table contact_participant_aud (
    contact_id    bigint not null,
    partner_id    bigint not null,
    revision_id   bigint not null,
    revision_type smallint,
    constraint pk_contact_participant_aud primary key (contact_id, partner_id, revision_id),
    constraint fk_contact_participant_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table grant_budget_aud (
    id            bigint not null,
    revision_id   bigint not null,
    revision_type smallint,
    amount        numeric(12,2),
    budget_year   integer,
    version       bigint,
    constraint pk_grant_budget_aud primary key (id, revision_id),
    constraint fk_grant_budget_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table grant_contribution_aud (
    id                 bigint not null,
    revision_id        bigint not null,
    revision_type      smallint,
    amount_awarded     numeric(12,2),
    amount_requested   numeric(12,2),
    decided_on         date,
    over_budget        boolean,
    paid_on            date,
    report_due_on      date,
    report_received_on date,
    requested_on       date,
    settled_on         date,
    idea_id            bigint,
    partner_id         bigint,
    version            bigint,
    status             varchar(20),
    conditions         varchar(2000),
    constraint pk_grant_contribution_aud primary key (id, revision_id),
    constraint fk_grant_contribution_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table grant_status_change_aud (
    id              bigint not null,
    revision_id     bigint not null,
    revision_type   smallint,
    changed_on      date,
    changed_by      bigint,
    grant_id        bigint,
    version         bigint,
    from_status     varchar(20),
    to_status       varchar(20),
    changed_by_name varchar(120),
    note            varchar(1000),
    constraint pk_grant_status_change_aud primary key (id, revision_id),
    constraint fk_grant_status_change_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table idea_aud (
    id               bigint not null,
    revision_id      bigint not null,
    revision_type    smallint,
    children_count   integer,
    collected_on     date,
    neighbourhood_id bigint,
    version          bigint,
    workshop_id      bigint,
    status           varchar(20),
    discipline       varchar(30),
    title            varchar(200),
    parked_reason    varchar(1000),
    description      varchar(5000),
    constraint pk_idea_aud primary key (id, revision_id),
    constraint fk_idea_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table idea_partner_aud (
    idea_id       bigint not null,
    partner_id    bigint not null,
    revision_id   bigint not null,
    revision_type smallint,
    constraint pk_idea_partner_aud primary key (idea_id, partner_id, revision_id),
    constraint fk_idea_partner_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table idea_status_change_aud (
    id              bigint not null,
    revision_id     bigint not null,
    revision_type   smallint,
    changed_on      date,
    changed_by      bigint,
    idea_id         bigint,
    version         bigint,
    from_status     varchar(20),
    to_status       varchar(20),
    changed_by_name varchar(120),
    note            varchar(1000),
    constraint pk_idea_status_change_aud primary key (id, revision_id),
    constraint fk_idea_status_change_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table neighbourhood_aud (
    id               bigint not null,
    revision_id      bigint not null,
    revision_type    smallint,
    active_since     date,
    children_4_to_12 integer,
    latitude         numeric(8,6),
    longitude        numeric(8,6),
    version          bigint,
    phase            varchar(20),
    district         varchar(30),
    name             varchar(100),
    profile          varchar(5000),
    constraint pk_neighbourhood_aud primary key (id, revision_id),
    constraint fk_neighbourhood_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table neighbourhood_phase_change_aud (
    id               bigint not null,
    revision_id      bigint not null,
    revision_type    smallint,
    changed_on       date,
    changed_by       bigint,
    neighbourhood_id bigint,
    version          bigint,
    from_status      varchar(20),
    to_status        varchar(20),
    changed_by_name  varchar(120),
    note             varchar(1000),
    constraint pk_neighbourhood_phase_change_aud primary key (id, revision_id),
    constraint fk_neighbourhood_phase_change_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table network_scan_aud (
    id               bigint not null,
    revision_id      bigint not null,
    revision_type    smallint,
    scan_year        integer,
    neighbourhood_id bigint,
    signed_off_at    timestamp with time zone,
    signed_off_by    bigint,
    updated_at       timestamp with time zone,
    updated_by       bigint,
    version          bigint,
    constraint pk_network_scan_aud primary key (id, revision_id),
    constraint fk_network_scan_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table network_scan_item_aud (
    scan_id       bigint not null,
    item          varchar(40) not null,
    revision_id   bigint not null,
    revision_type smallint not null,
    status        varchar(20),
    note          varchar(1000),
    constraint pk_network_scan_item_aud primary key (revision_type, revision_id, scan_id, item),
    constraint fk_network_scan_item_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table partner_aud (
    id                bigint not null,
    revision_id       bigint not null,
    revision_type     smallint,
    active            boolean,
    knowledge_partner boolean,
    latitude          numeric(9,6),
    longitude         numeric(9,6),
    version           bigint,
    domain            varchar(20),
    contact_phone     varchar(30),
    contact_name      varchar(120),
    name              varchar(150),
    contact_email     varchar(254),
    address           varchar(300),
    website           varchar(300),
    offer             varchar(5000),
    constraint pk_partner_aud primary key (id, revision_id),
    constraint fk_partner_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table partner_membership_aud (
    id               bigint not null,
    revision_id      bigint not null,
    revision_type    smallint,
    end_date         date,
    start_date       date,
    neighbourhood_id bigint,
    partner_id       bigint,
    version          bigint,
    constraint pk_partner_membership_aud primary key (id, revision_id),
    constraint fk_partner_membership_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table partner_membership_role_aud (
    membership_id bigint not null,
    role          varchar(30) not null,
    revision_id   bigint not null,
    revision_type smallint,
    constraint pk_partner_membership_role_aud primary key (membership_id, revision_id, role),
    constraint fk_partner_membership_role_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table partner_offer_tag_aud (
    partner_id    bigint not null,
    tag           varchar(20) not null,
    revision_id   bigint not null,
    revision_type smallint,
    constraint pk_partner_offer_tag_aud primary key (partner_id, revision_id, tag),
    constraint fk_partner_offer_tag_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table partner_space_aud (
    id                  bigint not null,
    revision_id         bigint not null,
    revision_type       smallint,
    capacity            integer,
    latitude            numeric(9,6),
    longitude           numeric(9,6),
    parallel_use        boolean,
    partner_id          bigint,
    version             bigint,
    name                varchar(120),
    accessibility_notes varchar(1000),
    constraint pk_partner_space_aud primary key (id, revision_id),
    constraint fk_partner_space_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table report_narrative_aud (
    id            bigint not null,
    revision_id   bigint not null,
    revision_type smallint,
    period_from   date,
    period_to     date,
    updated_at    timestamp with time zone,
    updated_by    bigint,
    version       bigint,
    highlights    varchar(10000),
    introduction  varchar(10000),
    lessons       varchar(10000),
    constraint pk_report_narrative_aud primary key (id, revision_id),
    constraint fk_report_narrative_aud_revision foreign key (revision_id) references audit_revision (id)
);

create table workshop_aud (
    id                     bigint not null,
    revision_id            bigint not null,
    revision_type          smallint,
    age_from               integer,
    age_to                 integer,
    children_spoken        integer,
    held_on                date,
    facilitator_partner_id bigint,
    neighbourhood_id       bigint,
    venue_partner_id       bigint,
    version                bigint,
    group_description      varchar(300),
    method_notes           varchar(5000),
    constraint pk_workshop_aud primary key (id, revision_id),
    constraint fk_workshop_aud_revision foreign key (revision_id) references audit_revision (id)
);
