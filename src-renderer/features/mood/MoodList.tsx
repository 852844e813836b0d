import { wallTimeOf } from '../../../src-main/shared/calendar';
import { groupByDay, longDay } from '../../app/day-format';
import type { MoodEntry } from '../../../src-main/shared/ipc-contract';
import * as copy from './mood-copy';

export interface MoodListProps {
  readonly entries: readonly MoodEntry[];
  readonly editingId: number | null;
  readonly onEdit: (entry: MoodEntry) => void;
  readonly onDelete: (entry: MoodEntry) => Promise<void>;
}

function EntryItem({
  entry,
  isEditing,
  onEdit,
  onDelete,
}: {
  entry: MoodEntry;
  isEditing: boolean;
  onEdit: (entry: MoodEntry) => void;
  onDelete: (entry: MoodEntry) => Promise<void>;
}) {
  const { time } = wallTimeOf(entry.occurredAt, entry.timeZone);
  const details = copy.entryDetails(entry.energy, entry.hurt);

  return (
    <li
      className={isEditing ? 'entry editing' : 'entry'}
      aria-label={copy.entryName(entry.mood, time)}
    >
      <div className="entry-main">
        <span className="entry-mood" aria-hidden="true">
          {entry.mood}
        </span>
        <div>
          <p className="entry-line">
            <strong>Mood {entry.mood}</strong> <span className="muted">at {time}</span>
            {details.length > 0 && <span className="muted"> · {details.join(' · ')}</span>}
          </p>
          {entry.tags.length > 0 && (
            <p className="entry-tags">
              {entry.tags.map((t) => (
                <span key={t} className="chip">
                  {t}
                </span>
              ))}
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

/** Entries of the last 30 days, grouped by the day they were recorded on. */
export function MoodList({ entries, editingId, onEdit, onDelete }: MoodListProps) {
  if (entries.length === 0) {
    return (
      <div className="card">
        <h2>{copy.LIST_HEADING}</h2>
        <p className="muted">{copy.LIST_EMPTY}</p>
      </div>
    );
  }
  return (
    <div className="card">
      <h2>{copy.LIST_HEADING}</h2>
      {groupByDay(entries).map(([day, dayEntries]) => (
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
      ))}
    </div>
  );
}
