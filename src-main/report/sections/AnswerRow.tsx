import type { ReactElement, ReactNode } from 'react';
import { WORKSHEET_WORDS } from '../journey-copy';

/** One question and its answer, or "Not answered" when it was left for later. */
export function AnswerRow({
  question,
  children,
}: {
  readonly question: string;
  readonly children: ReactNode;
}): ReactElement {
  return (
    <>
      <dt>{question}</dt>
      <dd>{children ?? <span className="muted">{WORKSHEET_WORDS.notAnswered}</span>}</dd>
    </>
  );
}
