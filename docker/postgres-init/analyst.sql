-- Runs once, when the postgres service starts on an empty data volume (the image's
-- /docker-entrypoint-initdb.d), as the superuser juesuan in database juesuan.
--
-- Creates the read-only group juesuan_analyst ahead of the loader (sql/migrations/0005_roles.sql
-- creates it only when absent, and grants it read access to fiscal and gongkai), and a login role
-- `metabase` in that group for BI tools: Metabase in docker-compose.yml, or Superset, DBeaver,
-- psql. The password is for a local stack; change it for anything shared:
--     alter role metabase password '…';

do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = 'juesuan_analyst') then
        create role juesuan_analyst nologin;
    end if;
    if not exists (select from pg_catalog.pg_roles where rolname = 'metabase') then
        create role metabase login password 'metabase';
    end if;
end
$$;

grant juesuan_analyst to metabase;

-- A BI tool only reads; should a grant ever be too wide, its sessions still cannot write.
alter role metabase set default_transaction_read_only = on;
