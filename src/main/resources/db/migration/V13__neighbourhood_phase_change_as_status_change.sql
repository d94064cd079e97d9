-- A phase change gets the shape of every other status change (idea_status_change,
-- grant_status_change): from which phase to which, on which day, by whom and why.
-- Every row stays; the phase before is the one recorded just before in the same
-- neighbourhood (null for its first row).

alter table neighbourhood_phase_change rename column phase to to_status;
alter table neighbourhood_phase_change add column from_status varchar(20);
alter table neighbourhood_phase_change add column changed_by_name varchar(120);
alter table neighbourhood_phase_change add column note varchar(1000);
alter table neighbourhood_phase_change add column version bigint not null default 0;

update neighbourhood_phase_change c
set from_status = p.before
from (select id, lag(to_status) over (partition by neighbourhood_id order by changed_on, id) as before
      from neighbourhood_phase_change) p
where p.id = c.id;

alter table neighbourhood_phase_change add constraint ck_phase_change_from_phase check (from_status in ('EXPLORING',
    'BUILDING_NETWORK', 'PARTICIPATION', 'REALISING', 'SUSTAINING'));
