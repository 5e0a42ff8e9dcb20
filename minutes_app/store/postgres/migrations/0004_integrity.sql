-- Schema version 4 (PostgreSQL): tamper-evident review records, and every change through a
-- function that checks the role of the login.
-- * Nobody is granted INSERT, UPDATE or DELETE on any table: a change goes through one of the
--   SECURITY DEFINER functions below, which checks the login's office role, records the login
--   (session_user) as who acted, takes the time from the server, and computes every hash.
-- * Workflow steps, the audit log and approved revisions only ever grow; approved minutes are
--   frozen; a status changes only with the step that says so (triggers, as in SQLite; they
--   hold for the schema's owner too).
-- * The hash chains are those of minutes_app.store.chain: the same JSON text, the same SHA-256,
--   so `verify` gives the same answer on both backends (tests compare them).
-- * Every change to a meeting or its comments is announced on the channel minutes_app
--   (LISTEN/NOTIFY), so the other PCs refresh without polling.
-- Errors carry SQLSTATE codes MA001… with a machine-readable DETAIL; the application turns
-- them into the same bilingual messages as the SQLite store (minutes_app.store.postgres.errors).

-- -- helpers ------------------------------------------------------------------------------

CREATE FUNCTION minutes.now_text() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00'
$$;

-- JSON text of one value, as Python's json.dumps(ensure_ascii=False) writes it.
CREATE FUNCTION minutes.js(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(to_json(v)::text, 'null')
$$;
CREATE FUNCTION minutes.jn(v bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(v::text, 'null')
$$;

-- minutes_app.store.chain.digest: SHA-256 of [kind, prev, *fields] as compact JSON.
CREATE FUNCTION minutes.digest(kind text, prev text, fields text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        '[' || minutes.js(kind) || ',' || minutes.js(prev) || ',' || array_to_string(fields, ',')
        || ']', 'UTF8')), 'hex')
$$;

CREATE FUNCTION minutes.sha256_text(doc text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(doc, 'UTF8')), 'hex')
$$;

-- The canonical JSON of domain.interchange.canonical_bytes: keys sorted by code point, no spaces.
CREATE FUNCTION minutes.canonical(v jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    out text;
BEGIN
    CASE jsonb_typeof(v)
    WHEN 'object' THEN
        SELECT '{' || coalesce(string_agg(to_json(e.key)::text || ':' || minutes.canonical(e.value),
                                          ',' ORDER BY e.key COLLATE "C"), '') || '}'
          INTO out FROM jsonb_each(v) AS e;
    WHEN 'array' THEN
        SELECT '[' || coalesce(string_agg(minutes.canonical(e.value), ',' ORDER BY e.ord), '') || ']'
          INTO out FROM jsonb_array_elements(v) WITH ORDINALITY AS e(value, ord);
    ELSE
        out := v::text;
    END CASE;
    RETURN out;
END $$;

CREATE FUNCTION minutes.fail(code text, message text, detail text DEFAULT '') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = code, MESSAGE = message, DETAIL = detail;
END $$;

-- Refuse unless the login holds one of ``roles`` (secretary, chair, clerk, admin).
CREATE FUNCTION minutes.require_role(roles text[], what text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY roles LOOP
        IF pg_has_role(session_user, 'minutes_' || r, 'MEMBER') THEN
            RETURN;
        END IF;
    END LOOP;
    RAISE EXCEPTION 'permission denied: % needs the % role (login %)', what,
        array_to_string(roles, ' or '), session_user
        USING ERRCODE = '42501', DETAIL = array_to_string(roles, ',') || ';' || what;
END $$;

-- Refuse control characters and text-direction overrides (store.actors.refused_characters).
CREATE FUNCTION minutes.check_text(v text, multiline boolean, what text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    IF v ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029\ufffe\uffff]'
       OR (NOT multiline AND v ~ '[\n\t\r]') OR v ~ '\r' THEN
        PERFORM minutes.fail('MA015', what || ' holds control or text-direction characters', what);
    END IF;
    RETURN v;
END $$;

-- -- the chains (minutes_app.store.chain) -----------------------------------------------------

CREATE FUNCTION minutes.write_audit(p_meeting bigint, p_actor text, p_action text, p_version integer,
                                    p_changes jsonb, p_at text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    head text;
    c jsonb;
    rid bigint;
BEGIN
    SELECT a.hash INTO head FROM minutes.audit_log AS a WHERE a.meeting_id = p_meeting
     ORDER BY a.id DESC LIMIT 1;
    head := coalesce(head, '');
    IF p_changes IS NULL OR jsonb_array_length(p_changes) = 0 THEN
        IF p_action = 'update' THEN
            RETURN head;  -- a save that changed nothing leaves no trace
        END IF;
        p_changes := '[["", null, null]]'::jsonb;
    END IF;
    FOR c IN SELECT e.value FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS e(value, ord)
              ORDER BY e.ord LOOP
        rid := nextval(pg_get_serial_sequence('minutes.audit_log', 'id'));
        head := minutes.digest('audit', head, ARRAY[
            minutes.jn(rid), minutes.jn(p_meeting), minutes.js(p_at), minutes.js(p_actor),
            minutes.js(p_action), minutes.jn(p_version), minutes.js(c->>0), minutes.js(c->>1),
            minutes.js(c->>2)]);
        INSERT INTO minutes.audit_log (id, meeting_id, at, actor, action, version, path, old_value,
                                       new_value, hash)
        VALUES (rid, p_meeting, p_at, p_actor, p_action, p_version, c->>0, c->>1, c->>2, head);
    END LOOP;
    RETURN head;
END $$;

CREATE FUNCTION minutes.record_event(p_meeting bigint, p_action text, p_source text, p_target text,
                                     p_actor text, p_at text, p_note text, p_revision integer,
                                     p_head text, OUT o_id bigint, OUT o_hash text)
LANGUAGE plpgsql AS $$
DECLARE
    prev text;
BEGIN
    SELECT w.hash INTO prev FROM minutes.workflow_events AS w WHERE w.meeting_id = p_meeting
     ORDER BY w.id DESC LIMIT 1;
    prev := coalesce(prev, '');
    o_id := nextval(pg_get_serial_sequence('minutes.workflow_events', 'id'));
    o_hash := minutes.digest('event', prev, ARRAY[
        minutes.jn(o_id), minutes.jn(p_meeting), minutes.js(p_action), minutes.js(p_source),
        minutes.js(p_target), minutes.js(p_actor), minutes.js(p_at), minutes.js(p_note),
        minutes.jn(p_revision), minutes.js(p_head)]);
    INSERT INTO minutes.workflow_events (id, meeting_id, action, source, target, actor, at, note,
                                         revision, audit_head, hash)
    VALUES (o_id, p_meeting, p_action, p_source, p_target, p_actor, p_at, p_note, p_revision,
            p_head, o_hash);
END $$;

CREATE FUNCTION minutes.last_revision(p_meeting bigint, OUT o_revision integer, OUT o_chain text)
LANGUAGE plpgsql AS $$
BEGIN
    SELECT r.revision, r.chain INTO o_revision, o_chain FROM minutes.revisions AS r
     WHERE r.meeting_id = p_meeting ORDER BY r.revision DESC LIMIT 1;
    o_revision := coalesce(o_revision, 0);
    o_chain := coalesce(o_chain, '');
END $$;

CREATE FUNCTION minutes.freeze_revision(p_meeting bigint, p_document text, p_actor text, p_at text,
                                        p_event text, OUT o_revision integer, OUT o_sha text,
                                        OUT o_chain text)
LANGUAGE plpgsql AS $$
DECLARE
    last record;
BEGIN
    last := minutes.last_revision(p_meeting);
    o_revision := last.o_revision + 1;
    o_sha := minutes.sha256_text(p_document);
    o_chain := minutes.digest('revision', last.o_chain, ARRAY[
        minutes.jn(p_meeting), minutes.jn(o_revision), minutes.js(o_sha), minutes.js(p_actor),
        minutes.js(p_at), minutes.js(p_event)]);
    INSERT INTO minutes.revisions (meeting_id, revision, document, sha256, approved_by, approved_at,
                                   event_hash, chain)
    VALUES (p_meeting, o_revision, p_document, o_sha, p_actor, p_at, p_event, o_chain);
END $$;

-- -- the meeting row ----------------------------------------------------------------------------

CREATE FUNCTION minutes.write_index(p_id bigint, p_date text, p_heading tsvector,
                                    p_terms tsvector, p_people jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO minutes.meeting_text (meeting_id, date, heading, terms)
    VALUES (p_id, p_date, coalesce(p_heading, ''), coalesce(p_terms, ''))
    ON CONFLICT (meeting_id) DO UPDATE
        SET date = excluded.date, heading = excluded.heading, terms = excluded.terms;
    DELETE FROM minutes.people WHERE meeting_id = p_id;
    INSERT INTO minutes.people (meeting_id, name, name_key, position, organization, meeting_date, seq)
    SELECT p_id, e.value->>0, e.value->>1, e.value->>2, e.value->>3, p_date, (e.ord - 1)::integer
      FROM jsonb_array_elements(coalesce(p_people, '[]'::jsonb)) WITH ORDINALITY AS e(value, ord);
END $$;

-- Write a meeting row's columns from its document (the one UPDATE of the store).
CREATE FUNCTION minutes.write_row(p_id bigint, p_document text, p_issuer_key text, p_at text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    doc jsonb := p_document::jsonb;
    v integer;
BEGIN
    UPDATE minutes.meetings AS m SET
        date = doc->>'date', title = coalesce(doc->>'title', ''),
        issuer = coalesce(doc->'issuer'->>'name', ''), issuer_key = p_issuer_key,
        status = doc->>'status', number = coalesce(doc->>'number', ''),
        symbol = coalesce(doc->>'symbol', ''), profile = doc->>'profile',
        document = p_document, version = m.version + 1, updated_at = p_at
     WHERE m.id = p_id RETURNING m.version INTO v;
    RETURN v;
END $$;

CREATE FUNCTION minutes.locked_row(p_id bigint) RETURNS minutes.meetings LANGUAGE plpgsql AS $$
DECLARE
    r minutes.meetings;
BEGIN
    SELECT * INTO r FROM minutes.meetings AS m WHERE m.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM minutes.fail('MA002', format('there is no meeting with id %s', p_id), p_id::text);
    END IF;
    RETURN r;
END $$;

-- -- the register (minutes_app.store.register.assign) ------------------------------------------

CREATE FUNCTION minutes.period_of(p_key text, p_profile text, p_date text, p_extra text DEFAULT NULL)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    name_key text := split_part(p_key, '|', 1);
    abbr_key text := substr(p_key, length(split_part(p_key, '|', 1)) + 2);
    st text;
BEGIN
    IF p_profile = 'party' THEN
        SELECT max(s) INTO st FROM (
            SELECT t.start AS s FROM minutes.issuer_terms AS t
             WHERE t.issuer_match IN (name_key, abbr_key) AND t.issuer_match <> ''
               AND t.start ~ '^\d{4}-\d{2}-\d{2}$'
            UNION ALL SELECT p_extra WHERE p_extra IS NOT NULL) AS x
         WHERE s <= p_date;
        IF st IS NOT NULL THEN
            RETURN 'term:' || st;
        END IF;
    END IF;
    RETURN left(p_date, 4);
END $$;

CREATE FUNCTION minutes.assign_number(p_id bigint, p_doc jsonb, p_key text, p_actor text, p_at text,
                                      p_allow_jump boolean, p_give_next boolean,
                                      OUT o_doc jsonb, OUT o_assigned text)
LANGUAGE plpgsql AS $$
DECLARE
    v_period text;
    following bigint;
    given text := regexp_replace(coalesce(p_doc->>'number', ''), '^\s+|\s+$', '', 'g');
    num bigint;
    holder record;
BEGIN
    o_doc := p_doc;
    -- Numbers of one series are given one at a time; a term start waits for them (set_term).
    PERFORM pg_advisory_xact_lock_shared(hashtext('minutes.register'));
    v_period := minutes.period_of(p_key, p_doc->>'profile', p_doc->>'date');
    PERFORM pg_advisory_xact_lock(hashtext('minutes.register|' || p_key || '|' || v_period));
    SELECT coalesce(max(r.number), 0) + 1 INTO following FROM minutes.register AS r
     WHERE r.issuer_key = p_key AND r.period = v_period AND r.meeting_id IS DISTINCT FROM p_id;
    IF given = '' AND NOT p_give_next THEN
        DELETE FROM minutes.register AS r WHERE r.meeting_id = p_id;
        RETURN;
    END IF;
    IF given <> '' THEN
        IF given !~ '^[0-9]{1,9}$' OR given::bigint < 1 THEN
            PERFORM minutes.fail('MA007', format('the number %s cannot go into the register', given),
                json_build_object('text', given, 'following', following, 'period', v_period)::text);
        END IF;
        num := given::bigint;
    ELSE
        num := following;
        IF num > 999999999 THEN
            PERFORM minutes.fail('MA010', 'the register has no number left',
                json_build_object('period', v_period)::text);
        END IF;
        o_assigned := CASE WHEN num < 10 THEN '0' || num::text ELSE num::text END;
        o_doc := jsonb_set(o_doc, '{number}', to_jsonb(o_assigned));
    END IF;
    SELECT r.meeting_id, r.title, r.date INTO holder FROM minutes.register AS r
     WHERE r.issuer_key = p_key AND r.period = v_period AND r.number = num;
    IF FOUND AND holder.meeting_id = p_id THEN
        UPDATE minutes.register AS r SET issuer = coalesce(o_doc->'issuer'->>'name', ''),
               abbreviation = coalesce(o_doc->'issuer'->>'abbreviation', ''),
               date = o_doc->>'date', title = coalesce(o_doc->>'title', '')
         WHERE r.meeting_id = p_id;
        RETURN;
    END IF;
    IF FOUND THEN
        PERFORM minutes.fail('MA009', format('number %s is already in the register', num),
            json_build_object('number', o_doc->>'number', 'period', v_period,
                              'holder', holder.meeting_id, 'title', holder.title,
                              'date', holder.date)::text);
    END IF;
    IF o_assigned IS NULL AND NOT p_allow_jump AND num > following + 100 THEN
        PERFORM minutes.fail('MA008', format('the number %s is far above the next one', given),
            json_build_object('text', given, 'following', following, 'period', v_period)::text);
    END IF;
    DELETE FROM minutes.register AS r WHERE r.meeting_id = p_id;
    INSERT INTO minutes.register (issuer_key, period, number, meeting_id, issuer, abbreviation, date,
                                  title, registered_by, registered_at)
    VALUES (p_key, v_period, num, p_id, coalesce(o_doc->'issuer'->>'name', ''),
            coalesce(o_doc->'issuer'->>'abbreviation', ''), o_doc->>'date',
            coalesce(o_doc->>'title', ''), p_actor, p_at);
END $$;

-- Number, freeze and approve a meeting (approve, or import as approved): the audit rows, the
-- step (chained), the revision (chained to the step), then the row, as the triggers require.
CREATE FUNCTION minutes.approve_row(p_row minutes.meetings, p_action text, p_key text, p_actor text,
                                    p_at text, p_allow_jump boolean, OUT o_document text,
                                    OUT o_assigned text, OUT o_event_id bigint,
                                    OUT o_event_hash text, OUT o_revision integer, OUT o_sha text,
                                    OUT o_chain text, OUT o_version integer)
LANGUAGE plpgsql AS $$
DECLARE
    old jsonb := p_row.document::jsonb;
    numbered record;
    changes jsonb := '[]'::jsonb;
    head text;
    ev record;
    rev record;
BEGIN
    numbered := minutes.assign_number(p_row.id, jsonb_set(old, '{status}', '"approved"'), p_key,
                                      p_actor, p_at, p_allow_jump, p_action = 'approve');
    o_assigned := numbered.o_assigned;
    o_document := minutes.canonical(numbered.o_doc);
    IF (old->>'number') IS DISTINCT FROM (numbered.o_doc->>'number') THEN
        changes := changes || jsonb_build_array(jsonb_build_array('number', old->>'number',
                                                                  numbered.o_doc->>'number'));
    END IF;
    changes := changes || jsonb_build_array(jsonb_build_array('status', p_row.status, 'approved'));
    o_version := p_row.version + 1;
    head := minutes.write_audit(p_row.id, p_actor, p_action, o_version, changes, p_at);
    ev := minutes.record_event(p_row.id, p_action, p_row.status, 'approved', p_actor, p_at, '',
                               (minutes.last_revision(p_row.id)).o_revision + 1, head);
    o_event_id := ev.o_id;
    o_event_hash := ev.o_hash;
    rev := minutes.freeze_revision(p_row.id, o_document, p_actor, p_at, o_event_hash);
    o_revision := rev.o_revision;
    o_sha := rev.o_sha;
    o_chain := rev.o_chain;
    PERFORM minutes.write_row(p_row.id, o_document, p_row.issuer_key, p_at);
END $$;

-- -- what the application calls -----------------------------------------------------------------

CREATE FUNCTION minutes.create_meeting(p_document text, p_issuer_key text, p_heading tsvector,
                                       p_terms tsvector, p_people jsonb, p_action text,
                                       OUT o_id bigint, OUT o_at text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
DECLARE
    doc jsonb := p_document::jsonb;
BEGIN
    PERFORM minutes.require_role(ARRAY['secretary'], 'creating or importing minutes');
    IF p_action NOT IN ('create', 'import') THEN
        PERFORM minutes.fail('MA014', format('%s is not a way to create minutes', p_action));
    END IF;
    IF doc->>'status' IS DISTINCT FROM 'draft' THEN
        PERFORM minutes.fail('MA014', 'a new meeting starts as a draft');
    END IF;
    o_at := minutes.now_text();
    INSERT INTO minutes.meetings (date, title, issuer, issuer_key, status, number, symbol, profile,
                                  document, version, created_at, updated_at)
    VALUES (doc->>'date', coalesce(doc->>'title', ''), coalesce(doc->'issuer'->>'name', ''),
            p_issuer_key, 'draft', coalesce(doc->>'number', ''), coalesce(doc->>'symbol', ''),
            doc->>'profile', p_document, 1, o_at, o_at)
    RETURNING id INTO o_id;
    PERFORM minutes.write_index(o_id, doc->>'date', p_heading, p_terms, p_people);
    PERFORM minutes.write_audit(o_id, session_user::text, p_action, 1, '[]'::jsonb, o_at);
END $$;

-- An imported meeting that arrived approved: only a chair may import approved minutes, and only
-- a meeting created in the same transaction (nobody turns an existing draft into approved minutes).
CREATE FUNCTION minutes.import_approved(p_id bigint, p_key text, p_allow_jump boolean,
                                        OUT o_document text, OUT o_assigned text,
                                        OUT o_event_id bigint, OUT o_event_hash text,
                                        OUT o_revision integer, OUT o_sha text, OUT o_chain text,
                                        OUT o_version integer, OUT o_at text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
DECLARE
    r minutes.meetings;
    done record;
BEGIN
    PERFORM minutes.require_role(ARRAY['chair'], 'importing approved minutes');
    r := minutes.locked_row(p_id);
    IF r.version <> 1 OR r.status <> 'draft'
       OR EXISTS (SELECT FROM minutes.workflow_events AS w WHERE w.meeting_id = p_id)
       OR (SELECT m.xmin::text FROM minutes.meetings AS m WHERE m.id = p_id)
          <> (txid_current() % 4294967296)::text THEN
        PERFORM minutes.fail('MA014', 'only a meeting imported in this transaction can arrive approved');
    END IF;
    o_at := r.created_at;
    done := minutes.approve_row(r, 'import', p_key, session_user::text, o_at, p_allow_jump);
    o_document := done.o_document; o_assigned := done.o_assigned; o_event_id := done.o_event_id;
    o_event_hash := done.o_event_hash; o_revision := done.o_revision; o_sha := done.o_sha;
    o_chain := done.o_chain; o_version := done.o_version;
END $$;

CREATE FUNCTION minutes.save_meeting(p_id bigint, p_expected integer, p_document text,
                                     p_issuer_key text, p_heading tsvector, p_terms tsvector,
                                     p_people jsonb,
                                     p_changes jsonb, p_action text,
                                     OUT o_version integer, OUT o_created_at text, OUT o_at text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
DECLARE
    r minutes.meetings;
    doc jsonb := p_document::jsonb;
BEGIN
    PERFORM minutes.require_role(ARRAY['secretary'], 'editing minutes');
    IF p_action NOT IN ('update', 'import') THEN
        PERFORM minutes.fail('MA014', format('%s is not a way to save minutes', p_action));
    END IF;
    r := minutes.locked_row(p_id);
    IF r.status = 'approved' THEN
        PERFORM minutes.fail('MA003', 'approved minutes cannot be changed', r.title);
    END IF;
    IF r.status = 'in_review' THEN
        PERFORM minutes.fail('MA004', 'minutes in review cannot be changed', r.title);
    END IF;
    IF p_expected IS NOT NULL AND r.version <> p_expected THEN
        PERFORM minutes.fail('MA001', 'the meeting was saved by someone else', r.version::text);
    END IF;
    IF doc->>'status' IS DISTINCT FROM r.status THEN
        PERFORM minutes.fail('MA014', 'a save keeps the status (the workflow changes it)');
    END IF;
    o_at := minutes.now_text();
    o_created_at := r.created_at;
    o_version := minutes.write_row(p_id, p_document, p_issuer_key, o_at);
    PERFORM minutes.write_index(p_id, doc->>'date', p_heading, p_terms, p_people);
    IF p_document <> r.document THEN
        PERFORM minutes.write_audit(p_id, session_user::text, p_action, o_version,
                                    coalesce(p_changes, '[]'::jsonb), o_at);
    END IF;
END $$;

CREATE FUNCTION minutes.delete_meeting(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
DECLARE
    r minutes.meetings;
BEGIN
    PERFORM minutes.require_role(ARRAY['secretary'], 'deleting minutes');
    r := minutes.locked_row(p_id);
    IF r.status = 'approved' THEN
        PERFORM minutes.fail('MA003', 'approved minutes cannot be deleted', r.title);
    END IF;
    PERFORM minutes.write_audit(p_id, session_user::text, 'delete', r.version, '[]'::jsonb,
                                minutes.now_text());
    DELETE FROM minutes.meetings AS m WHERE m.id = p_id;
END $$;

CREATE FUNCTION minutes.transition(p_id bigint, p_action text, p_note text, p_expected integer,
                                   p_key text, p_allow_jump boolean,
                                   OUT o_version integer, OUT o_created_at text, OUT o_at text,
                                   OUT o_document text, OUT o_event_id bigint,
                                   OUT o_event_hash text, OUT o_source text, OUT o_target text,
                                   OUT o_event_revision integer, OUT o_revision integer,
                                   OUT o_sha text, OUT o_chain text, OUT o_assigned text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
DECLARE
    actor text := session_user::text;
    r minutes.meetings;
    source text;
    target text;
    note text := btrim(coalesce(p_note, ''), E' \n\t');
    head text;
    ev record;
    done record;
    submitter text;
BEGIN
    CASE p_action
    WHEN 'submit' THEN source := 'draft'; target := 'in_review';
    WHEN 'return' THEN source := 'in_review'; target := 'draft';
    WHEN 'approve' THEN source := 'in_review'; target := 'approved';
    WHEN 'reopen' THEN source := 'approved'; target := 'draft';
    ELSE PERFORM minutes.fail('MA005', format('%s is not a workflow step', p_action), '');
    END CASE;
    IF p_action = 'submit' THEN
        PERFORM minutes.require_role(ARRAY['secretary'], 'submitting minutes');
    ELSE
        PERFORM minutes.require_role(ARRAY['chair'], format('the step %s', p_action));
    END IF;
    PERFORM minutes.check_text(note, true, 'note');
    r := minutes.locked_row(p_id);
    IF p_expected IS NOT NULL AND r.version <> p_expected THEN
        PERFORM minutes.fail('MA001', 'the meeting changed since', r.version::text);
    END IF;
    IF r.status <> source THEN
        PERFORM minutes.fail('MA005', format('cannot %s minutes that are %s', p_action, r.status),
                             r.status);
    END IF;
    IF p_action IN ('return', 'reopen') AND note = '' THEN
        PERFORM minutes.fail('MA005', format('%s needs a text', p_action), r.status);
    END IF;
    o_created_at := r.created_at;
    o_at := minutes.now_text();
    o_source := r.status;
    o_target := target;
    IF p_action = 'approve' THEN
        SELECT w.actor INTO submitter FROM minutes.workflow_events AS w
         WHERE w.meeting_id = p_id AND w.action = 'submit' ORDER BY w.id DESC LIMIT 1;
        IF submitter = actor AND coalesce((SELECT btrim(s.value) FROM minutes.settings AS s
                                            WHERE s.key = 'review.allow_self_approval'), '') <> '1' THEN
            PERFORM minutes.fail('MA006', 'the one who submitted cannot approve', actor);
        END IF;
        done := minutes.approve_row(r, 'approve', p_key, actor, o_at, p_allow_jump);
        o_version := done.o_version; o_document := done.o_document; o_event_id := done.o_event_id;
        o_event_hash := done.o_event_hash; o_revision := done.o_revision; o_sha := done.o_sha;
        o_chain := done.o_chain; o_assigned := done.o_assigned; o_event_revision := done.o_revision;
        RETURN;
    END IF;
    o_document := minutes.canonical(jsonb_set(r.document::jsonb, '{status}', to_jsonb(target)));
    o_version := r.version + 1;
    head := minutes.write_audit(p_id, actor, p_action, o_version,
                                jsonb_build_array(jsonb_build_array('status', r.status, target)),
                                o_at);
    IF p_action = 'reopen' THEN
        o_event_revision := nullif((minutes.last_revision(p_id)).o_revision, 0);
    END IF;
    ev := minutes.record_event(p_id, p_action, r.status, target, actor, o_at, note,
                               o_event_revision, head);
    o_event_id := ev.o_id;
    o_event_hash := ev.o_hash;
    PERFORM minutes.write_row(p_id, o_document, r.issuer_key, o_at);
END $$;

CREATE FUNCTION minutes.add_comment(p_meeting bigint, p_body text, p_part text, p_reply_to bigint,
                                    OUT o_id bigint, OUT o_part text, OUT o_at text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
DECLARE
    body text := btrim(coalesce(p_body, ''), E' \n\t');
BEGIN
    PERFORM minutes.require_role(ARRAY['secretary'], 'commenting');
    PERFORM minutes.check_text(body, true, 'comment');
    IF body = '' THEN
        PERFORM minutes.fail('MA016', 'the comment is empty');
    END IF;
    PERFORM minutes.locked_row(p_meeting);
    IF p_reply_to IS NOT NULL THEN
        SELECT c.part INTO o_part FROM minutes.review_comments AS c
         WHERE c.id = p_reply_to AND c.meeting_id = p_meeting;
        IF NOT FOUND THEN
            PERFORM minutes.fail('MA012', 'there is no such comment', p_reply_to::text);
        END IF;
    ELSE
        o_part := coalesce(nullif(btrim(p_part), ''), 'meeting');
        IF o_part !~ '^(meeting|agenda\[[0-9]{1,9}\](\.statements\[[0-9]{1,9}\])?|votes\[[0-9]{1,9}\]|tasks\[[0-9]{1,9}\])$' THEN
            PERFORM minutes.fail('MA013', 'no such part of the minutes', o_part);
        END IF;
    END IF;
    o_at := minutes.now_text();
    INSERT INTO minutes.review_comments (meeting_id, parent_id, part, author, body, created_at)
    VALUES (p_meeting, p_reply_to, o_part, session_user::text, body, o_at)
    RETURNING id INTO o_id;
END $$;

CREATE FUNCTION minutes.resolve_comment(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
BEGIN
    PERFORM minutes.require_role(ARRAY['secretary'], 'resolving comments');
    UPDATE minutes.review_comments AS c SET resolved_by = session_user::text,
           resolved_at = minutes.now_text()
     WHERE (c.id = p_id OR c.parent_id = p_id) AND c.resolved_at IS NULL;
    IF NOT EXISTS (SELECT FROM minutes.review_comments AS c WHERE c.id = p_id) THEN
        PERFORM minutes.fail('MA012', 'there is no such comment', p_id::text);
    END IF;
END $$;

-- minutes_app.store.register.set_term: a Party body's term starts; numbers already given in it
-- are refused (MA011) unless they are moved into it (p_refile) without two sharing a number.
CREATE FUNCTION minutes.set_term(p_match text, p_start text, p_refile boolean)
RETURNS TABLE (o_issuer text, o_abbreviation text, o_period text, o_number integer,
               o_meeting bigint, o_date text, o_title text, o_status text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
DECLARE
    r record;
    newp text;
    moving jsonb := '[]'::jsonb;
    staying text[] := '{}';
    targets text[] := '{}';
    clashes jsonb := '[]'::jsonb;
    slot text;
    m jsonb;
BEGIN
    PERFORM minutes.require_role(ARRAY['clerk'], 'setting a term');
    IF btrim(coalesce(p_match, '')) = '' THEN
        PERFORM minutes.fail('MA018', 'the body''s name or abbreviation is needed');
    END IF;
    IF p_start !~ '^\d{4}-\d{2}-\d{2}$' THEN
        PERFORM minutes.fail('MA018', 'the start is not a date');
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('minutes.register'));
    FOR r IN SELECT g.*, mt.profile, mt.status AS mstatus FROM minutes.register AS g
              LEFT JOIN minutes.meetings AS mt ON mt.id = g.meeting_id
              ORDER BY g.issuer_key, g.period, g.number LOOP
        newp := r.period;
        IF p_match IN (split_part(r.issuer_key, '|', 1),
                       substr(r.issuer_key, length(split_part(r.issuer_key, '|', 1)) + 2))
           AND r.profile IS DISTINCT FROM 'state' AND r.date ~ '^\d{4}-\d{2}-\d{2}$' THEN
            newp := minutes.period_of(r.issuer_key, 'party', r.date, p_start);
        END IF;
        IF newp <> r.period THEN
            moving := moving || jsonb_build_array(jsonb_build_object(
                'key', r.issuer_key, 'period', r.period, 'new', newp, 'number', r.number,
                'meeting', r.meeting_id, 'issuer', r.issuer, 'abbreviation', r.abbreviation,
                'date', r.date, 'title', r.title, 'by', r.registered_by, 'at', r.registered_at,
                'status', r.mstatus));
        ELSE
            staying := staying || (r.issuer_key || '|' || r.period || '|' || r.number);
        END IF;
    END LOOP;
    IF jsonb_array_length(moving) > 0 AND NOT p_refile THEN
        PERFORM minutes.fail('MA011', 'numbers already given would be given again in the term',
            json_build_object('kind', 'moving', 'rows', moving)::text);
    END IF;
    FOR m IN SELECT e.value FROM jsonb_array_elements(moving) AS e LOOP
        slot := (m->>'key') || '|' || (m->>'new') || '|' || (m->>'number');
        IF slot = ANY (staying) OR slot = ANY (targets) THEN
            clashes := clashes || jsonb_build_array(jsonb_build_array((m->>'number')::int, m->>'new'));
        END IF;
        targets := targets || slot;
    END LOOP;
    IF jsonb_array_length(clashes) > 0 THEN
        PERFORM minutes.fail('MA011', 'numbers would be given twice in the term',
            json_build_object('kind', 'clash', 'rows', clashes)::text);
    END IF;
    FOR m IN SELECT e.value FROM jsonb_array_elements(moving) AS e LOOP
        DELETE FROM minutes.register AS g WHERE g.issuer_key = m->>'key' AND g.period = m->>'period'
           AND g.number = (m->>'number')::int;
    END LOOP;
    FOR m IN SELECT e.value FROM jsonb_array_elements(moving) AS e LOOP
        INSERT INTO minutes.register (issuer_key, period, number, meeting_id, issuer, abbreviation,
                                      date, title, registered_by, registered_at)
        VALUES (m->>'key', m->>'new', (m->>'number')::int, (m->>'meeting')::bigint, m->>'issuer',
                m->>'abbreviation', m->>'date', m->>'title', m->>'by', m->>'at');
        o_issuer := m->>'issuer'; o_abbreviation := m->>'abbreviation'; o_period := m->>'new';
        o_number := (m->>'number')::int; o_meeting := (m->>'meeting')::bigint;
        o_date := m->>'date'; o_title := m->>'title'; o_status := m->>'status';
        RETURN NEXT;
    END LOOP;
    INSERT INTO minutes.issuer_terms (issuer_match, start, set_by, set_at)
    VALUES (p_match, p_start, session_user::text, minutes.now_text())
    ON CONFLICT (issuer_match, start) DO UPDATE SET set_by = excluded.set_by, set_at = excluded.set_at;
END $$;

CREATE FUNCTION minutes.set_setting(p_key text, p_value text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
BEGIN
    PERFORM minutes.require_role(ARRAY['admin'], 'changing the database''s settings');
    INSERT INTO minutes.settings (key, value) VALUES (p_key, p_value)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
END $$;

-- office add-user: an admin (a login with CREATEROLE in minutes_admin) creates the login, then
-- records its full name and roles here.
CREATE FUNCTION minutes.register_user(p_login text, p_full_name text, p_roles text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = minutes, pg_temp AS $$
BEGIN
    PERFORM minutes.require_role(ARRAY['admin'], 'managing users');
    PERFORM minutes.check_text(p_full_name, false, 'full name');
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = p_login AND rolcanlogin) THEN
        PERFORM minutes.fail('MA019', format('there is no login %s', p_login), p_login);
    END IF;
    INSERT INTO minutes.office_users (login, full_name, role, created_at, created_by)
    VALUES (p_login, p_full_name, p_roles, minutes.now_text(), session_user::text)
    ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name, role = excluded.role;
END $$;

-- An admin backs the database up with pg_dump (docs/office.md), which reads the sequences too.
GRANT SELECT ON ALL SEQUENCES IN SCHEMA minutes TO minutes_admin;

GRANT EXECUTE ON FUNCTION minutes.register_user(text, text, text),
    minutes.create_meeting(text, text, tsvector, tsvector, jsonb, text),
    minutes.import_approved(bigint, text, boolean),
    minutes.save_meeting(bigint, integer, text, text, tsvector, tsvector, jsonb, jsonb, text),
    minutes.delete_meeting(bigint),
    minutes.transition(bigint, text, text, integer, text, boolean),
    minutes.add_comment(bigint, text, text, bigint),
    minutes.resolve_comment(bigint),
    minutes.set_term(text, text, boolean),
    minutes.set_setting(text, text)
    TO minutes_secretary, minutes_chair, minutes_clerk, minutes_admin;

-- -- integrity triggers (as SQLite's version 4); they bind the schema's owner too ---------------

CREATE FUNCTION minutes.refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'MA900';
END $$;

CREATE TRIGGER revisions_are_frozen BEFORE UPDATE ON minutes.revisions
    FOR EACH ROW EXECUTE FUNCTION minutes.refuse('approved revisions are read-only');
CREATE TRIGGER revisions_are_kept BEFORE DELETE ON minutes.revisions
    FOR EACH ROW EXECUTE FUNCTION minutes.refuse('approved revisions cannot be deleted');
CREATE TRIGGER workflow_events_are_append_only BEFORE UPDATE OR DELETE ON minutes.workflow_events
    FOR EACH ROW EXECUTE FUNCTION minutes.refuse('workflow steps are append-only');
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE ON minutes.audit_log
    FOR EACH ROW EXECUTE FUNCTION minutes.refuse('the audit log is append-only');
CREATE TRIGGER no_truncate_revisions BEFORE TRUNCATE ON minutes.revisions
    FOR EACH STATEMENT EXECUTE FUNCTION minutes.refuse('approved revisions cannot be deleted');
CREATE TRIGGER no_truncate_events BEFORE TRUNCATE ON minutes.workflow_events
    FOR EACH STATEMENT EXECUTE FUNCTION minutes.refuse('workflow steps are append-only');
CREATE TRIGGER no_truncate_audit BEFORE TRUNCATE ON minutes.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION minutes.refuse('the audit log is append-only');

CREATE FUNCTION minutes.revision_follows_approval() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.revision IS DISTINCT FROM (SELECT coalesce(max(r.revision), 0) + 1 FROM minutes.revisions AS r
                                       WHERE r.meeting_id = NEW.meeting_id)
       OR NOT EXISTS (SELECT FROM minutes.workflow_events AS w
                       WHERE w.meeting_id = NEW.meeting_id AND w.action IN ('approve', 'import')
                         AND w.revision = NEW.revision AND w.hash = NEW.event_hash) THEN
        RAISE EXCEPTION 'a revision is added only by its approval step' USING ERRCODE = 'MA900';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER revisions_follow_their_approval BEFORE INSERT ON minutes.revisions
    FOR EACH ROW EXECUTE FUNCTION minutes.revision_follows_approval();

CREATE FUNCTION minutes.meeting_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_target text;
    last_action text;
    last_revision integer;
    latest integer;
    latest_doc text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM 'draft' THEN
            RAISE EXCEPTION 'a new meeting starts as a draft' USING ERRCODE = 'MA900';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'approved' THEN
            RAISE EXCEPTION 'approved meetings cannot be deleted' USING ERRCODE = 'MA900';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'approved' AND NEW.status = 'approved' THEN
        RAISE EXCEPTION 'approved meetings are read-only' USING ERRCODE = 'MA900';
    END IF;
    SELECT w.target, w.action, w.revision INTO last_target, last_action, last_revision
      FROM minutes.workflow_events AS w WHERE w.meeting_id = NEW.id ORDER BY w.id DESC LIMIT 1;
    IF NEW.status IS DISTINCT FROM OLD.status
       AND NEW.status IS DISTINCT FROM coalesce(last_target, 'draft') THEN
        RAISE EXCEPTION 'the status changes only with its workflow step' USING ERRCODE = 'MA900';
    END IF;
    SELECT r.revision, r.document INTO latest, latest_doc FROM minutes.revisions AS r
     WHERE r.meeting_id = NEW.id ORDER BY r.revision DESC LIMIT 1;
    IF OLD.status = 'approved' AND NEW.status IS DISTINCT FROM 'approved'
       AND NOT (last_action = 'reopen' AND last_revision IS NOT DISTINCT FROM latest) THEN
        RAISE EXCEPTION 'approved minutes leave approval only by a reopen step' USING ERRCODE = 'MA900';
    END IF;
    IF NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved'
       AND (NEW.document IS DISTINCT FROM latest_doc OR last_revision IS DISTINCT FROM latest) THEN
        RAISE EXCEPTION 'approved minutes must equal their latest approved revision'
            USING ERRCODE = 'MA900';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER meeting_rules BEFORE INSERT OR UPDATE OR DELETE ON minutes.meetings
    FOR EACH ROW EXECUTE FUNCTION minutes.meeting_rules();

-- A comment's text and author never change; resolving it is the only update.
CREATE FUNCTION minutes.comment_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.meeting_id, NEW.parent_id, NEW.part, NEW.author, NEW.body, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.meeting_id, OLD.parent_id, OLD.part, OLD.author, OLD.body,
                         OLD.created_at)
       OR OLD.resolved_at IS NOT NULL THEN
        RAISE EXCEPTION 'review comments are kept as written' USING ERRCODE = 'MA900';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER comments_are_kept BEFORE UPDATE ON minutes.review_comments
    FOR EACH ROW EXECUTE FUNCTION minutes.comment_rules();

-- -- LISTEN minutes_app: every change to a meeting or its comments is announced -----------------

CREATE FUNCTION minutes.announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'meetings' THEN
        IF TG_OP = 'DELETE' THEN
            PERFORM pg_notify('minutes_app', json_build_object('id', OLD.id, 'op', 'delete',
                'status', OLD.status, 'version', OLD.version)::text);
        ELSE
            PERFORM pg_notify('minutes_app', json_build_object('id', NEW.id, 'op', lower(TG_OP),
                'status', NEW.status, 'version', NEW.version)::text);
        END IF;
    ELSIF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('minutes_app', json_build_object('id', NEW.meeting_id, 'op', 'comment',
            'comment', NEW.id)::text);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER meetings_announce AFTER INSERT OR UPDATE OR DELETE ON minutes.meetings
    FOR EACH ROW EXECUTE FUNCTION minutes.announce();
CREATE TRIGGER comments_announce AFTER INSERT OR UPDATE ON minutes.review_comments
    FOR EACH ROW EXECUTE FUNCTION minutes.announce();
