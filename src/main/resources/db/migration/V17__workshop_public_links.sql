-- A workshop's public link for its children ("Wat is er met jullie idee gebeurd?" without a
-- log-in): only the random token, so revoking is clearing it and regenerating is replacing it.
alter table workshop add column public_token varchar(32);

alter table workshop add constraint uq_workshop_public_token unique (public_token);
