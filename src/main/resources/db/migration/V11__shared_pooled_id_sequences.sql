-- Ids come from one sequence per table in blocks of 50 (Hibernate's pooled optimizer,
-- allocationSize = 50 on every entity), so Hibernate sends inserts to PostgreSQL in JDBC batches
-- instead of one round trip per row. Identity columns cannot serve: PostgreSQL hides their
-- sequences from information_schema, where Hibernate validates them. Each value drawn is the
-- top of the block it reserves; the first one lies 50 above the highest existing id. Rows
-- inserted by plain SQL take their id from the same sequence (column default), so the two never
-- collide.
do $$
declare
    t text;
begin
    foreach t in array array['account_user', 'neighbourhood', 'neighbourhood_phase_change', 'partner',
            'partner_space', 'partner_membership', 'contact', 'activity', 'workshop', 'idea',
            'idea_status_change', 'grant_contribution', 'grant_status_change', 'grant_budget',
            'report_narrative'] loop
        execute format('alter table %I alter column id drop identity', t);
        execute format('create sequence %I increment by 50 owned by %I.id', t || '_id_seq', t);
        execute format('select setval(%L, (select coalesce(max(id), 0) from %I) + 50, false)',
                t || '_id_seq', t);
        execute format('alter table %I alter column id set default nextval(%L)', t, t || '_id_seq');
    end loop;
end
$$;
