-- Maison de la Solidarité: the PostgreSQL roles of a hub (the database where the desks meet).
--
-- Two group roles, to which the city's IT gives its own login roles:
--   maison_desk          a reception desk: pushes the visits it logged (and their edits and
--                        deletions), its audit chain, and reads everything else. It cannot
--                        change a shared record (rota, partners, categories, accounts,
--                        settings): the desk then shows "the database server refused this
--                        operation" and nothing is written.
--   maison_coordination  a coordinator's computer: everything maison_desk may do, and it
--                        writes the shared records.
-- The hub's tables belong to the role that made the first join (the owner, for example
-- maison_owner): it creates and later upgrades the schema (Alembic). Desks never use it.
--
-- Run it as a superuser (the city's DBA, e.g. postgres), connected to the hub's database,
-- AFTER the first join has created the tables, and again after each upgrade of the hub's
-- schema:
--     psql -v ON_ERROR_STOP=1 -h hub.example -U postgres -d maison_hub -f hub-roles.sql
-- It can be run any number of times. Then, for each computer:
--     CREATE ROLE accueil_rive_1 LOGIN IN ROLE maison_desk;          -- a reception desk
--     CREATE ROLE coordination_rive LOGIN IN ROLE maison_coordination; -- a coordinator
-- with a password (kept in the computer's ~/.pgpass, never in the application) or a TLS
-- client certificate (pg_hba.conf "hostssl ... cert").
--
-- See docs/hub-informatique.md for installation, TLS, backups and what happens when the
-- hub is down.

\set ON_ERROR_STOP on

-- The group roles: cluster-wide, created once (NOLOGIN: nobody connects as the group).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maison_desk') THEN
        CREATE ROLE maison_desk NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;  -- created meanwhile by another session
END
$$;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'maison_coordination') THEN
        CREATE ROLE maison_coordination NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;
GRANT maison_desk TO maison_coordination;  -- a coordinator may do all that a desk may

-- The database: only these roles (and the owner) connect; only the owner creates objects
-- in it (PostgreSQL 13 and 14 let every role create in the public schema: no longer).
-- Tables a later version adds are readable by both groups at once (run this file again
-- after an upgrade all the same, for the writes).
DO $$
DECLARE
    owner name := (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'visits');
BEGIN
    IF owner IS NULL THEN
        RAISE EXCEPTION 'the hub has no tables yet: make the first join (as the owner) before running this file';
    END IF;
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO maison_desk, %I', current_database(), owner);
    EXECUTE format('ALTER SCHEMA public OWNER TO %I', owner);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT ON TABLES TO maison_desk', owner);
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO maison_desk;

-- Reading: every table (the shared records are copied to every desk, so that an offline
-- desk still shows the rota and logs its agents in; every desk is a full replica of its
-- site's visits).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO maison_desk;

-- A desk's visits: pushed, edited and deleted (as new versions and tombstones). The hub
-- only accepts from a desk the visits whose origin is that desk (services/sync/rounds.py).
GRANT INSERT, UPDATE, DELETE ON visits, visit_secondary_categories, visit_tombstones TO maison_desk;
GRANT USAGE ON SEQUENCE visits_id_seq, hub_change_seq TO maison_desk;
-- Its audit chain, beside the other desks' (append only: no UPDATE, no DELETE).
GRANT INSERT ON hub_audit TO maison_desk;
-- A conflict between two versions of a visit is settled on the hub and audited there.
GRANT INSERT ON audit_log TO maison_desk;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO maison_desk;
-- "Known up to": the time of its last push.
GRANT UPDATE (last_push_at) ON hub_desks TO maison_desk;
-- Once a day each desk empties, on the hub, the visits' notes and the appointments'
-- contacts past their retention period, as it does on itself (visits: above; the
-- appointments: only the contact columns and the mark that they were purged).
GRANT UPDATE (first_name, phone, initials, purged) ON appointments TO maison_desk;
-- The daily counts, kept by triggers in the transaction that writes a visit (from
-- migration 0010): whoever writes a visit writes its counts.
DO $$
DECLARE
    counts text;
BEGIN
    FOREACH counts IN ARRAY ARRAY['daily_counts', 'daily_hours', 'daily_profile'] LOOP
        IF to_regclass('public.' || counts) IS NOT NULL THEN
            EXECUTE format('GRANT INSERT, UPDATE ON %I TO maison_desk', counts);
        END IF;
    END LOOP;
END
$$;
-- Joining (hub join, once the owner's first join has created the tables): the desk adds
-- its own row. The join locks hub_identity (SELECT ... FOR UPDATE), which PostgreSQL
-- allows only with an UPDATE privilege on one of its columns: shared_generation, whose
-- only effect is to make the desks copy the shared records again.
GRANT INSERT ON hub_desks TO maison_desk;
GRANT UPDATE (shared_generation) ON hub_identity TO maison_desk;
-- A coordinator's change of a visit made on the hub is marked there, so that a desk's
-- older edit does not pass over it (from migration 0011); a desk's own version, once
-- taken, clears the mark.
DO $$
BEGIN
    IF to_regclass('public.hub_edits') IS NOT NULL THEN
        GRANT DELETE ON hub_edits TO maison_desk;
        GRANT INSERT, DELETE ON hub_edits TO maison_coordination;
    END IF;
END
$$;

-- Past totals and paper days (from migration 0012): records a desk owns, pushed append only
-- like the attendance below.
DO $$
BEGIN
    IF to_regclass('public.past_totals') IS NOT NULL THEN
        GRANT INSERT ON past_totals, paper_tallies TO maison_desk;
        GRANT USAGE ON SEQUENCE past_totals_id_seq, paper_tallies_id_seq TO maison_desk;
    END IF;
END
$$;

-- The agenda (from migration 0014). A desk pushes its attendance entries (append only);
-- an agent says on the hub that an event was held. A coordinator plans and changes events
-- and the projects led together, like the rota.
DO $$
BEGIN
    IF to_regclass('public.events') IS NOT NULL THEN
        GRANT INSERT ON partner_attendance, person_attendance, event_headcounts TO maison_desk;
        GRANT USAGE ON SEQUENCE
            partner_attendance_id_seq, person_attendance_id_seq, event_headcounts_id_seq TO maison_desk;
        GRANT UPDATE (status, version, updated_at) ON events TO maison_desk;
        GRANT INSERT, UPDATE, DELETE ON event_series, events, event_partners, projects, project_partners
            TO maison_coordination;
        GRANT USAGE ON SEQUENCE event_series_id_seq, events_id_seq, projects_id_seq TO maison_coordination;
    END IF;
END
$$;

-- A coordinator: the shared records, changed on the hub in one transaction (with the
-- rota's conflict checks), each change raising hub_identity.shared_generation.
GRANT INSERT, UPDATE, DELETE ON
    categories, organisations, organisation_categories, offices, permanence_series,
    permanence_changes, closures, appointments, accounts, settings
    TO maison_coordination;
GRANT USAGE ON SEQUENCE
    categories_id_seq, organisations_id_seq, offices_id_seq, permanence_series_id_seq,
    permanence_changes_id_seq, closures_id_seq, appointments_id_seq, accounts_id_seq
    TO maison_coordination;
GRANT UPDATE ON hub_identity TO maison_coordination;
-- (audit_log: INSERT, through maison_desk. The audit trail is append-only: a trigger
-- refuses UPDATE and DELETE to every role; its purge is the owner's.)
