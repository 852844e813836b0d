import { useId } from 'react';
import { groupByDay, longDay } from '../../app/day-format';
import { wallTimeOf } from '../../../src-main/shared/calendar';
import {
  COMMUNICATION_SKILLS,
  CONTACT_CONTEXT_LABELS,
  COUNTERPARTS,
  COUNTERPART_LABELS,
  OUTCOME_LABELS,
  SELF_RATING_MAX,
  SKILL_LABELS,
  TONE_LABELS,
  initiatorOfContext,
  type CommunicationSkill,
  type Counterpart,
} from '../../../src-main/shared/domain/communication';
import type { CommunicationEntry } from '../../../src-main/shared/ipc-contract';
import * as copy from './communication-copy';

/** What the list is narrowed to; '' means no narrowing. */
export interface CommunicationFilters {
  readonly skill: CommunicationSkill | '';
  readonly counterpart: Counterpart | '';
  readonly contactOnly: boolean;
}

export const NO_FILTERS: CommunicationFilters = { skill: '', counterpart: '', contactOnly: false };

function EntryItem({
  entry,
  isEditing,
  onEdit,
  onDelete,
}: {
  entry: CommunicationEntry;
  isEditing: boolean;
  onEdit: (entry: CommunicationEntry) => void;
  onDelete: (entry: CommunicationEntry) => Promise<void>;
}) {
  const { time } = wallTimeOf(entry.occurredAt, entry.timeZone);
  const skill = entry.skill === null ? copy.CONTACT_WITHOUT_SKILL_TITLE : SKILL_LABELS[entry.skill];
  const counterpart = COUNTERPART_LABELS[entry.counterpart];
  const chips = [
    entry.contactContext !== null
      ? copy.contactChip(CONTACT_CONTEXT_LABELS[entry.contactContext])
      : null,
    // "I reached out" already says who reached out first: said once, not twice.
    entry.initiatedBy !== null && initiatorOfContext(entry.contactContext) === null
      ? copy.REACHED_OUT_FIRST[entry.initiatedBy]
      : null,
    entry.tone !== null ? TONE_LABELS[entry.tone] : null,
    entry.outcome !== null ? OUTCOME_LABELS[entry.outcome] : null,
  ].filter((c) => c !== null);
  const details = [
    entry.selfRating !== null ? copy.selfRatingDetail(entry.selfRating, SELF_RATING_MAX) : null,
    entry.moodBefore !== null || entry.moodAfter !== null
      ? copy.moodDetail(entry.moodBefore, entry.moodAfter)
      : null,
  ].filter((d) => d !== null);

  return (
    <li
      className={isEditing ? 'entry editing' : 'entry'}
      aria-label={copy.entryName(entry.skill === null ? null : skill, entry.counterpart, time)}
    >
      <div className="entry-main">
        <div>
          <p className="entry-line">
            <strong>{skill}</strong> <span className="muted">· {counterpart}</span>{' '}
            <span className="muted">{copy.atTime(time)}</span>
            {details.length > 0 && <span className="muted"> · {details.join(' · ')}</span>}
          </p>
          {chips.length > 0 && (
            <p className="entry-tags">
              {chips.map((c) => (
                <span key={c} className="chip">
                  {c}
                </span>
              ))}
            </p>
          )}
          {entry.doDifferently && (
            <p className="entry-note">
              <span className="muted">{copy.NEXT_TIME}</span>
              {entry.doDifferently}
            </p>
          )}
          {entry.note && <p className="entry-note">{entry.note}</p>}
        </div>
      </div>
      <div className="entry-actions">
        <button type="button" className="button" onClick={() => onEdit(entry)}>
          {copy.EDIT}
        </button>
        <button type="button" className="button" onClick={() => void onDelete(entry)}>
          {copy.DELETE}
        </button>
      </div>
    </li>
  );
}

export interface CommunicationListProps {
  readonly entries: readonly CommunicationEntry[];
  readonly filters: CommunicationFilters;
  readonly onFiltersChange: (filters: CommunicationFilters) => void;
  /** The first day read; an empty list names it (a list with entries names its oldest one). */
  readonly since: string;
  /** Looks further back; null when nothing earlier matches, so no button that does nothing. */
  readonly onShowEarlier: (() => void) | null;
  /** True while it is not yet known whether anything earlier exists: an empty list says nothing yet. */
  readonly isCheckingEarlier: boolean;
  /** True when the list could not be read: an empty list then says nothing (the screen's alert says why). */
  readonly isUnread?: boolean;
  readonly editingId: number | null;
  readonly onEdit: (entry: CommunicationEntry) => void;
  readonly onDelete: (entry: CommunicationEntry) => Promise<void>;
}

/** Conversations since a day, newest first, grouped by day, with filters above them. */
export function CommunicationList({
  entries,
  filters,
  onFiltersChange,
  since,
  onShowEarlier,
  isCheckingEarlier,
  isUnread = false,
  editingId,
  onEdit,
  onDelete,
}: CommunicationListProps) {
  const id = useId();
  const isFiltered = filters.skill !== '' || filters.counterpart !== '' || filters.contactOnly;
  const set = (patch: Partial<CommunicationFilters>) => onFiltersChange({ ...filters, ...patch });
  // Newest first, so the last entry is the oldest shown: the list says since when it shows entries.
  const oldestShown = entries.at(-1);

  return (
    <div className="card communication-list">
      <h2>{copy.LIST_TITLE}</h2>
      {oldestShown !== undefined && <p className="muted">{copy.listSince(oldestShown.day)}</p>}
      <div className="filters" role="group" aria-label={copy.FILTERS_NAME}>
        <div className="field">
          <label htmlFor={`${id}-skill`}>{copy.FILTER_SKILL}</label>
          <select
            id={`${id}-skill`}
            value={filters.skill}
            onChange={(e) =>
              set({ skill: COMMUNICATION_SKILLS.find((s) => s === e.target.value) ?? '' })
            }
          >
            <option value="">{copy.FILTER_ALL_SKILLS}</option>
            {COMMUNICATION_SKILLS.map((s) => (
              <option key={s} value={s}>
                {SKILL_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-counterpart`}>{copy.FILTER_WITH}</label>
          <select
            id={`${id}-counterpart`}
            value={filters.counterpart}
            onChange={(e) =>
              set({ counterpart: COUNTERPARTS.find((c) => c === e.target.value) ?? '' })
            }
          >
            <option value="">{copy.FILTER_ANYONE}</option>
            {COUNTERPARTS.map((c) => (
              <option key={c} value={c}>
                {COUNTERPART_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="check">
          <input
            id={`${id}-contact`}
            type="checkbox"
            checked={filters.contactOnly}
            onChange={(e) => set({ contactOnly: e.target.checked })}
          />
          <label htmlFor={`${id}-contact`}>{copy.FILTER_CONTACT_ONLY}</label>
        </div>
        {isFiltered && (
          <button type="button" className="button quiet-link" onClick={() => set(NO_FILTERS)}>
            {copy.SHOW_ALL}
          </button>
        )}
      </div>

      {entries.length === 0 ? (
        isCheckingEarlier || isUnread ? null : (
          <p className="muted empty-note">
            {copy.emptyListNote(since, isFiltered, onShowEarlier !== null)}
          </p>
        )
      ) : (
        groupByDay(entries).map(([day, dayEntries]) => (
          <section key={day} className="day-group" aria-label={longDay(day)}>
            <h3>{longDay(day)}</h3>
            <ul className="entries">
              {dayEntries.map((entry) => (
                <EntryItem
                  key={entry.id}
                  entry={entry}
                  isEditing={entry.id === editingId}
                  onEdit={onEdit}
                  onDelete={onDelete}
                />
              ))}
            </ul>
          </section>
        ))
      )}
      {onShowEarlier && (
        <div className="actions">
          <button type="button" className="button" onClick={onShowEarlier}>
            {copy.SHOW_EARLIER}
          </button>
        </div>
      )}
    </div>
  );
}
