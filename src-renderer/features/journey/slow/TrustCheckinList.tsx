import { wallTimeOf } from '../../../../src-main/shared/calendar';
import type { TrustCheckin } from '../../../../src-main/shared/ipc-contract';
import { groupByDay, longDay, timeOfDay } from '../../../app/day-format';
import * as copy from './slow-copy';

export interface TrustCheckinListProps {
  readonly checkins: readonly TrustCheckin[];
  /** The first day read: an empty list says none are recorded since then. */
  readonly since: string;
  readonly editingId: number | null;
  readonly onEdit: (checkin: TrustCheckin) => void;
  readonly onDelete: (checkin: TrustCheckin) => Promise<void>;
  /** Shows a year more; null when nothing earlier exists (or is not known yet). */
  readonly onShowEarlier: (() => void) | null;
}

function CheckinItem({
  checkin,
  isEditing,
  onEdit,
  onDelete,
}: {
  checkin: TrustCheckin;
  isEditing: boolean;
  onEdit: (checkin: TrustCheckin) => void;
  onDelete: (checkin: TrustCheckin) => Promise<void>;
}) {
  const time = timeOfDay(wallTimeOf(checkin.occurredAt, checkin.timeZone).time);
  return (
    <li
      className={isEditing ? 'entry editing' : 'entry'}
      aria-label={copy.checkinName(checkin.trust, checkin.tension, time)}
    >
      <div className="entry-main">
        <div>
          <p className="entry-line">
            <strong>{copy.trustDetail(checkin.trust)}</strong> ·{' '}
            <strong>{copy.tensionDetail(checkin.tension)}</strong>{' '}
            <span className="muted">{copy.atTime(time)}</span>
          </p>
          {checkin.note && <p className="entry-note">{checkin.note}</p>}
        </div>
      </div>
      <div className="entry-actions">
        <button type="button" className="button" onClick={() => onEdit(checkin)}>
          {copy.EDIT}
        </button>
        <button type="button" className="button" onClick={() => void onDelete(checkin)}>
          {copy.DELETE}
        </button>
      </div>
    </li>
  );
}

/** The day of the earliest check-in in a list ordered newest first. */
function earliestDay(checkins: readonly TrustCheckin[]): string {
  return checkins.reduce(
    (earliest, c) => (c.day < earliest ? c.day : earliest),
    checkins[0]?.day ?? '',
  );
}

/** Check-ins in the span shown, newest first, grouped by the day they were made on. */
export function TrustCheckinList({
  checkins,
  since,
  editingId,
  onEdit,
  onDelete,
  onShowEarlier,
}: TrustCheckinListProps) {
  const showEarlier = onShowEarlier && (
    <button type="button" className="button" onClick={onShowEarlier}>
      {copy.SHOW_EARLIER}
    </button>
  );
  return (
    <section className="card" aria-labelledby="slow-list-title">
      <h3 id="slow-list-title">{copy.LIST_TITLE}</h3>
      {checkins.length === 0 ? (
        <p className="muted">{copy.emptyListNote(since, onShowEarlier !== null)}</p>
      ) : (
        <>
          <p className="muted">{copy.spanNote(earliestDay(checkins), onShowEarlier !== null)}</p>
          {groupByDay(checkins).map(([day, dayCheckins]) => (
            <section key={day} className="day-group" aria-label={longDay(day)}>
              <h4>{longDay(day)}</h4>
              <ul className="entries">
                {dayCheckins.map((checkin) => (
                  <CheckinItem
                    key={checkin.id}
                    checkin={checkin}
                    isEditing={checkin.id === editingId}
                    onEdit={onEdit}
                    onDelete={onDelete}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {showEarlier && <div className="actions">{showEarlier}</div>}
    </section>
  );
}
