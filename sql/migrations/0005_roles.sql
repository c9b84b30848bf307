-- Roles: juesuan_loader owns the warehouse schemas; juesuan_analyst may read them
-- and nothing else. Both are NOLOGIN groups: grant them to login roles
-- (grant juesuan_analyst to alice).
--
-- Roles belong to the whole cluster, not to one database, and several databases
-- of one cluster may be migrated at the same moment (the test suite does so): a
-- role that another migration created between our check and our create is fine,
-- whichever error the race surfaces as (duplicate_object, or unique_violation on
-- pg_authid when both inserts were in flight).

do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'juesuan_loader') then
        create role juesuan_loader nologin;
    end if;
exception
    when duplicate_object or unique_violation then
        null;
end
$$;

do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'juesuan_analyst') then
        create role juesuan_analyst nologin;
    end if;
exception
    when duplicate_object or unique_violation then
        null;
end
$$;

alter schema fiscal owner to juesuan_loader;
alter schema gongkai owner to juesuan_loader;

-- Analysts read every table and view; nobody but the owner creates objects in the
-- warehouse schemas. PostgreSQL 15 no longer lets PUBLIC create in schema public;
-- the revoke makes older servers behave the same (it is a no-op on 15 and later).
revoke create on schema fiscal, gongkai, public from public;
grant usage on schema fiscal, gongkai to juesuan_analyst;
grant select on all tables in schema fiscal, gongkai to juesuan_analyst;

-- Tables and views that later migrations create (as the role running this one)
-- are readable too. Views rebuilt by the Migrator lose their grants when they are
-- dropped, so it grants select again after every rebuild.
alter default privileges in schema fiscal, gongkai grant select on tables to juesuan_analyst;
