import type { Migration } from './index';

/*
 * Conventions for every table: STRICT, snake_case; instants are UTC ISO strings stored beside the
 * IANA zone they were entered in, and `local_day` is the `YYYY-MM-DD` day in that zone, worked out
 * once on save so that travelling later never moves an entry to another day.
 */
const SCHEMA = `
  -- How the person felt at one moment; several a day, back-filling allowed.
  CREATE TABLE mood_entries (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    local_day TEXT NOT NULL,
    mood INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 10),
    energy INTEGER CHECK (energy BETWEEN 1 AND 10),
    hurt INTEGER CHECK (hurt BETWEEN 0 AND 10),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX mood_entries_by_day ON mood_entries (local_day, occurred_at);

  -- The emotions chosen for a mood entry (from the fixed list or the person's own).
  CREATE TABLE mood_entry_tags (
    entry_id INTEGER NOT NULL REFERENCES mood_entries (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
  ) STRICT, WITHOUT ROWID;

  -- Emotions the person added to the fixed list.
  CREATE TABLE custom_emotion_tags (
    name TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
  ) STRICT;

  -- Habits to build ("at least N per day/week") or break ("at most N per day/week").
  CREATE TABLE habits (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('build', 'break')),
    target_count INTEGER NOT NULL CHECK (target_count >= 0),
    period TEXT NOT NULL CHECK (period IN ('day', 'week')),
    created_at TEXT NOT NULL,
    archived_at TEXT
  ) STRICT;

  -- One day of a habit: a count, or a skip that leaves the habit's strength unchanged.
  CREATE TABLE habit_checkins (
    habit_id INTEGER NOT NULL REFERENCES habits (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    count INTEGER CHECK (count >= 0),
    is_skip INTEGER NOT NULL DEFAULT 0 CHECK (is_skip IN (0, 1)),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (habit_id, day),
    CHECK ((is_skip = 1 AND count IS NULL) OR (is_skip = 0 AND count IS NOT NULL))
  ) STRICT, WITHOUT ROWID;

  -- Communication practice, including unavoidable contact with the ex and how it went.
  CREATE TABLE communication_entries (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    local_day TEXT NOT NULL,
    skill TEXT NOT NULL CHECK (skill IN ('listening', 'i_statements', 'expressing_a_need', 'apology',
      'conflict_resolution', 'setting_a_boundary', 'calm_logistics', 'repair_after_conflict')),
    counterpart TEXT NOT NULL CHECK (counterpart IN ('ex', 'co_parent', 'housemate',
      'coworker_or_classmate', 'friend', 'family', 'rehearsal_alone')),
    is_contact_with_ex INTEGER NOT NULL CHECK (is_contact_with_ex IN (0, 1)),
    contact_context TEXT CHECK (contact_context IN ('co_parenting', 'shared_home', 'work_or_school',
      'other')),
    initiated_by TEXT CHECK (initiated_by IN ('me', 'them', 'mutual')),
    tone TEXT CHECK (tone IN ('friendly', 'civil', 'tense', 'hostile')),
    self_rating INTEGER CHECK (self_rating BETWEEN 1 AND 5),
    outcome TEXT CHECK (outcome IN ('resolved', 'partly', 'not')),
    mood_before INTEGER CHECK (mood_before BETWEEN 1 AND 10),
    mood_after INTEGER CHECK (mood_after BETWEEN 1 AND 10),
    do_differently TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX communication_entries_by_day ON communication_entries (local_day, occurred_at);

  -- While taking it slow: how much trust and tension the person feels in the relationship.
  CREATE TABLE trust_checkins (
    id INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    local_day TEXT NOT NULL,
    trust INTEGER NOT NULL CHECK (trust BETWEEN 0 AND 10),
    tension INTEGER NOT NULL CHECK (tension BETWEEN 0 AND 10),
    note TEXT,
    created_at TEXT NOT NULL
  ) STRICT;

  -- Each move along the journey, with when and why, so the charts can draw it as a timeline.
  CREATE TABLE stage_changes (
    id INTEGER PRIMARY KEY,
    stage TEXT NOT NULL CHECK (stage IN ('heal_yourself', 'decide', 'apologize', 'take_it_slow',
      'heal_and_grow')),
    changed_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    reason TEXT,
    was_suggested INTEGER NOT NULL DEFAULT 0 CHECK (was_suggested IN (0, 1))
  ) STRICT;

  -- Answers to a stage's checklist or worksheet (decide worksheet, apology draft, ...), as JSON.
  CREATE TABLE reflections (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    stage TEXT CHECK (stage IN ('heal_yourself', 'decide', 'apologize', 'take_it_slow',
      'heal_and_grow')),
    local_day TEXT NOT NULL,
    answers TEXT NOT NULL CHECK (json_valid(answers)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  -- The person's preferences and onboarding answers, one JSON value per key.
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value)),
    updated_at TEXT NOT NULL
  ) STRICT;
`;

export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  up: (db) => {
    db.exec(SCHEMA);
  },
};
