-- Now that both modules exist: an activity's source idea must be an existing idea.
alter table activity
    add constraint fk_activity_source_idea foreign key (source_idea_id) references idea (id);
