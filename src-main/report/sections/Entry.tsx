import type { ReactElement, ReactNode } from 'react';
import { shortDate } from '../format';

/** One dated entry: the day (and a detail such as the time) on the left, the words on the right. */
export function Entry({
  day,
  detail,
  tags,
  children,
}: {
  readonly day: string;
  readonly detail?: string | null;
  readonly tags?: string;
  readonly children: ReactNode;
}): ReactElement {
  return (
    <li className="entry">
      <p className="entry-when">
        {shortDate(day)}
        {detail != null && <span className="entry-detail">{detail}</span>}
      </p>
      <div className="entry-body">
        {tags ? <p className="entry-tags">{tags}</p> : null}
        {children}
      </div>
    </li>
  );
}
