import { wallTimeOf } from '../../../src-main/shared/calendar';
import { groupByDay, longDay } from '../../app/day-format';
import type { MoodEntry } from '../../../src-main/shared/ipc-contract';

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
  const details = [
    entry.energy !== null ? `energy ${entry.energy}` : null,
    entry.hurt !== null ? `hurt ${entry.hurt}` : null,
  ].filter((d) => d !== null);

  return (
    <li
      className={isEditing ? 'entry editing' : 'entry'}
      aria-label={`Mood ${entry.mood} at ${time}`}
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
          Edit
        </button>
        <button type="button" className="button" onClick={() => void onDelete(entry)}>
          Delete
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
        <h2>Your entries</h2>
        <p className="muted">Nothing here yet. Your first entry can be as short as one number.</p>
      </div>
    );
  }
  return (
    <div className="card">
      <h2>Your entries</h2>
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
