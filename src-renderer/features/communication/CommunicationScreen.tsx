import { ReadFailure } from '../../app/read-failure';
import { useEffect, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useNewEntryDay, useToday } from '../../app/clock';
import { UndoMessage, useUndo } from '../../app/undo';
import { addDays } from '../../../src-main/shared/calendar';
import {
  COMMUNICATION_SKILLS,
  type CommunicationSkill,
} from '../../../src-main/shared/domain/communication';
import type { UnavoidableSituation } from '../../../src-main/shared/domain/settings';
import type { ChannelInput, CommunicationEntry } from '../../../src-main/shared/ipc-contract';
import { ok, type AppError } from '../../../src-main/shared/result';
import { SupportSignpost, useSupportSignpost } from '../support/SupportSignpost';
import { CommunicationForm } from './CommunicationForm';
import { CommunicationList, NO_FILTERS, type CommunicationFilters } from './CommunicationList';
import {
  draftFromEntry,
  emptyDraft,
  inputFromDraft,
  type CommunicationDraft,
} from './communication-form-state';
import * as copy from './communication-copy';
import './communication.css';
import { checkRequest } from '../../forms';

/** How far back the list looks at first, and how much further each "Show earlier" goes. */
const DAYS_PER_PAGE = 90;
/** The first day the app accepts (see shared/calendar), so "anything earlier" means anything. */
const EARLIEST_DAY = '1900-01-01';

const NO_SITUATIONS: readonly UnavoidableSituation[] = [];
const NO_ENTRIES: readonly CommunicationEntry[] = [];

/** What the address asks of a new form: nothing asked (null), or a fresh form with its skill. */
interface NewEntryAsk {
  readonly skill: CommunicationSkill | '';
}

/**
 * Reads `#/communication?new=1` (from Today: a new, empty form) and its optional `skill`
 * (`&skill=apology`, from the Apologize part's "Log a rehearsal"). A skill that is not one of the
 * app's skills is ignored, as if none were given: the address is only a suggestion.
 */
function newEntryAsked(hash: string): NewEntryAsk | null {
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  if (params.get('new') !== '1') return null;
  const skill = COMMUNICATION_SKILLS.find((known) => known === params.get('skill'));
  return { skill: skill ?? '' };
}

/** The entry without its day, which the main process works out again: what Undo sends back. */
function restorable(entry: CommunicationEntry): ChannelInput<'communication:restore'> {
  const { day: _day, ...rest } = entry;
  return rest;
}

export function CommunicationScreen() {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const { day: today, timeZone } = useToday();
  const signpost = useSupportSignpost();
  const [pages, setPages] = useState(1);
  const since = addDays(today, -(DAYS_PER_PAGE * pages - 1));

  const [filters, setFilters] = useState<CommunicationFilters>(NO_FILTERS);
  const [editing, setEditing] = useState<CommunicationEntry | null>(null);
  const [formKey, setFormKey] = useState(0);
  // A new-entry form left untouched moves to the new day when the day turns.
  const { formKey: newEntryKey, markTouched, reset: resetNewEntry } = useNewEntryDay();
  const [focusForm, setFocusForm] = useState(() => newEntryAsked(window.location.hash) !== null);
  // The skill a link asked the new form to start with; a saved or cancelled form forgets it.
  const [askedSkill, setAskedSkill] = useState<CommunicationSkill | ''>(
    () => newEntryAsked(window.location.hash)?.skill ?? '',
  );

  const settings = useQuery('settings:get', (a) => a.call('settings:get', {}));
  const situations = settings.data?.unavoidableSituations ?? NO_SITUATIONS;
  const query: ChannelInput<'communication:list'> = {
    from: since,
    to: today,
    ...(filters.skill !== '' && { skill: filters.skill }),
    ...(filters.counterpart !== '' && { counterpart: filters.counterpart }),
    ...(filters.contactOnly && { contactOnly: true }),
  };
  const list = useQuery(`communication:list:${JSON.stringify(query)}`, (a) =>
    a.call('communication:list', query),
  );
  const entries = list.data ?? NO_ENTRIES;
  const loadError = list.error;

  // Whether anything earlier matches, so "Show earlier" is offered only when it would show
  // something, and an empty list never hints at entries that are not there. One entry is enough to
  // know. Null until known: no button and no sentence guessed.
  const beforeSince = addDays(since, -1);
  const earlierQuery = { ...query, from: EARLIEST_DAY, to: beforeSince, limit: 1 };
  const earlier = useQuery(`communication:earlier:${JSON.stringify(earlierQuery)}`, async (a) => {
    if (beforeSince < EARLIEST_DAY) return ok(false);
    const older = await a.call('communication:list', earlierQuery);
    // When it cannot be read, the button stays: it is the way to try again.
    return ok(!older.ok || older.value.length > 0);
  });
  const hasEarlier = !list.isLoaded ? null : earlier.isLoaded ? (earlier.data ?? true) : null;

  // Today's "Log a conversation" link lands here; a fresh, focused form answers it.
  useEffect(() => {
    const onHashChange = () => {
      const asked = newEntryAsked(window.location.hash);
      if (asked === null) return;
      setAskedSkill(asked.skill);
      setEditing(null);
      setFormKey((k) => k + 1);
      resetNewEntry();
      setFocusForm(true);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [resetNewEntry]);

  /** Deletes the changed entry and puts `previous` back exactly, for Undo after an edit. */
  async function putBack(previous: CommunicationEntry): Promise<string | null> {
    const removed = await api.call('communication:delete', { id: previous.id });
    if (!removed.ok) return removed.error.message;
    const restored = await api.call('communication:restore', restorable(previous));
    return restored.ok ? null : restored.error.message;
  }

  async function save(draft: CommunicationDraft): Promise<AppError | null> {
    const input = inputFromDraft(draft);
    const previous = editing;
    const problem = previous
      ? checkRequest('communication:update', { ...input, id: previous.id })
      : checkRequest('communication:create', input);
    if (problem) return problem;
    const result = previous
      ? await api.call('communication:update', { ...input, id: previous.id })
      : await api.call('communication:create', input);
    if (!result.ok) return result.error;
    const saved = result.value;
    signpost.afterContactSaved(saved);
    offerUndo(
      previous
        ? { message: copy.SAVED_EDIT, undo: () => putBack(previous) }
        : {
            message: copy.savedMessage(saved),
            undo: async () => {
              const removed = await api.call('communication:delete', { id: saved.id });
              return removed.ok ? null : removed.error.message;
            },
          },
    );
    setEditing(null);
    setFocusForm(false);
    setAskedSkill('');
    setFormKey((k) => k + 1);
    resetNewEntry();
    return null;
  }

  async function remove(entry: CommunicationEntry): Promise<void> {
    const result = await api.call('communication:delete', { id: entry.id });
    if (!result.ok) {
      announce(result.error.message);
      return;
    }
    const deleted = result.value;
    offerUndo({
      message: copy.DELETED,
      undo: async () => {
        const restored = await api.call('communication:restore', restorable(deleted));
        return restored.ok ? null : restored.error.message;
      },
    });
    if (editing?.id === entry.id) setEditing(null);
  }

  function edit(entry: CommunicationEntry) {
    setEditing(entry);
    setFocusForm(true);
  }

  return (
    <section aria-labelledby="communication-title" className="screen">
      <h1 id="communication-title">{copy.SCREEN_TITLE}</h1>
      <p className="lead">{copy.SCREEN_LEAD}</p>
      <p className="muted communication-intro">{copy.SCREEN_INTRO}</p>
      <UndoMessage />
      <SupportSignpost {...signpost} />
      {loadError && (
        <p className="field-error" role="alert">
          {loadError}
        </p>
      )}
      <ReadFailure
        what={copy.SITUATIONS_UNREAD}
        instead={copy.SITUATIONS_UNREAD_INSTEAD}
        message={settings.error}
      />
      <div className="contents" onFocusCapture={markTouched}>
        <CommunicationForm
          key={editing ? `edit-${editing.id}` : `new-${formKey}-${newEntryKey}`}
          initial={
            editing
              ? draftFromEntry(editing)
              : { ...emptyDraft(new Date(), timeZone), skill: askedSkill }
          }
          isEditing={editing !== null}
          situations={situations}
          focusOnOpen={focusForm}
          onSave={save}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </div>
      <CommunicationList
        entries={entries}
        filters={filters}
        onFiltersChange={setFilters}
        since={since}
        onShowEarlier={hasEarlier ? () => setPages((p) => p + 1) : null}
        isCheckingEarlier={hasEarlier === null}
        isUnread={loadError !== null}
        editingId={editing?.id ?? null}
        onEdit={edit}
        onDelete={remove}
      />
    </section>
  );
}
