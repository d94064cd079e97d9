-- Spring Modulith's event publication registry (its PostgreSQL schema, version 2): one row
-- per event and listener, completed once the listener has finished; an incomplete row is
-- resubmitted at start-up.
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);

create index ix_event_publication_serialized_event on event_publication using hash (serialized_event);
create index ix_event_publication_completion_date on event_publication (completion_date);
