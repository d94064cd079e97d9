-- Search across the app (the search module, see shared.search.SearchSql): Dutch full-text search that
-- ignores accents, plus trigram similarity for names typed wrongly or only in part.
--
-- Both extensions are "trusted" since PostgreSQL 13: the owner of the database may create them.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- Lower case without accents ("Café Zuid" -> "cafe zuid"). unaccent() itself is only STABLE (its
-- dictionary could change), so an index needs this IMMUTABLE wrapper with the dictionary named.
create function search_fold(value text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Dutch stemming after removing accents: "bibliotheken", "Bibliothéek" and "bibliotheek" all meet.
create text search configuration search_dutch (copy = pg_catalog.dutch);
alter text search configuration search_dutch
    alter mapping for hword, hword_part, word with public.unaccent, dutch_stem;

-- Per searchable table: a GIN index on the words (the exact expression the module's search
-- query uses) and a trigram index on the folded name for typos and parts of words.
create index ix_neighbourhood_search_words on neighbourhood
    using gin (to_tsvector('search_dutch', name || ' ' || coalesce(profile, '')));
create index ix_neighbourhood_search_name on neighbourhood using gin (search_fold(name) public.gin_trgm_ops);

create index ix_partner_search_words on partner
    using gin (to_tsvector('search_dutch', name || ' ' || coalesce(offer, '') || ' ' || coalesce(address, '')));
create index ix_partner_search_name on partner using gin (search_fold(name) public.gin_trgm_ops);

create index ix_contact_search_words on contact using gin (to_tsvector('search_dutch', subject));
create index ix_contact_search_name on contact using gin (search_fold(subject) public.gin_trgm_ops);

create index ix_activity_search_words on activity
    using gin (to_tsvector('search_dutch', title || ' ' || coalesce(description, '')));
create index ix_activity_search_name on activity using gin (search_fold(title) public.gin_trgm_ops);

create index ix_workshop_search_words on workshop
    using gin (to_tsvector('search_dutch', coalesce(group_description, '') || ' ' || coalesce(method_notes, '')));
create index ix_workshop_search_name on workshop using gin (search_fold(coalesce(group_description, '')) public.gin_trgm_ops);

create index ix_idea_search_words on idea
    using gin (to_tsvector('search_dutch', title || ' ' || coalesce(description, '')));
create index ix_idea_search_name on idea using gin (search_fold(title) public.gin_trgm_ops);

create index ix_account_user_search_words on account_user
    using gin (to_tsvector('search_dutch', display_name || ' ' || username));
create index ix_account_user_search_name on account_user using gin (search_fold(display_name) public.gin_trgm_ops);

-- The records a user opened last, newest first, for "Recent bekeken" on the start page. No foreign
-- keys: a view is a note, not a link; a record deleted since is left out when the list is shown.
create table search_recent_view (
    user_id   bigint      not null,
    kind      varchar(20) not null,
    record_id bigint      not null,
    viewed_at timestamp with time zone not null,
    constraint pk_search_recent_view primary key (user_id, kind, record_id),
    constraint ck_search_recent_view_kind check (kind in
        ('NEIGHBOURHOOD', 'PARTNER', 'CONTACT', 'ACTIVITY', 'WORKSHOP', 'IDEA', 'GRANT', 'USER'))
);

create index ix_search_recent_view_latest on search_recent_view (user_id, viewed_at desc);
