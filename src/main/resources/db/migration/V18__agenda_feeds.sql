-- The advisors' agenda feeds: one private address per user. Only the SHA-256 hash (hex) of the
-- address's random token is stored, so a copy of the database opens no feed. A deleted user
-- takes their feed along.
create sequence agenda_feed_id_seq increment by 50;

create table agenda_feed (
    id          bigint                   not null default nextval('agenda_feed_id_seq'),
    user_id     bigint                   not null,
    token_hash  varchar(64)              not null,
    created_at  timestamp with time zone not null,
    version     bigint                   not null default 0,
    constraint pk_agenda_feed primary key (id),
    constraint uk_agenda_feed_user unique (user_id),
    constraint uk_agenda_feed_token unique (token_hash),
    constraint fk_agenda_feed_user foreign key (user_id) references account_user (id) on delete cascade,
    constraint ck_agenda_feed_token_hash check (token_hash ~ '^[0-9a-f]{64}$')
);

alter sequence agenda_feed_id_seq owned by agenda_feed.id;
