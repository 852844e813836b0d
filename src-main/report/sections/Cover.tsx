import type { ReactElement } from 'react';
import { REPORT_PRIVACY_EXPLANATIONS, REPORT_PRIVACY_LABELS } from '../../shared/domain/report';
import { periodText } from '../format';
import { COVER_TITLE, EYEBROW, HOW_TO_READ, NO_NAMES_HIDDEN, redactionNote } from '../report-copy';
import type { ReportData } from '../report-data';

/** The cover: the period, the privacy level in words, and how to read the charts. */
export function Cover({ data }: { readonly data: ReportData }): ReactElement {
  const isTherapist = data.privacy === 'therapist';
  const hidesNames = isTherapist && data.redactions.length > 0;
  // The therapist level promises hidden names; with none chosen it hides none, and the cover
  // says so where it cannot be missed. Promising "the names you choose replaced" would then be
  // untrue: the report holds what the full level holds, and says that.
  const hidesNothing = isTherapist && data.redactions.length === 0;
  const explanation = hidesNothing
    ? REPORT_PRIVACY_EXPLANATIONS.full
    : REPORT_PRIVACY_EXPLANATIONS[data.privacy];
  return (
    <header className="cover">
      <p className="eyebrow">{EYEBROW}</p>
      <h1>{COVER_TITLE}</h1>
      <p className="period">{periodText(data.from, data.to)}</p>
      <p className="privacy">
        <strong>Privacy: {REPORT_PRIVACY_LABELS[data.privacy]}.</strong> {explanation}
        {hidesNames && ` ${redactionNote(data.redactions.length)}`}
      </p>
      {hidesNothing && (
        <p className="privacy-warning">
          <strong>{NO_NAMES_HIDDEN}</strong>
        </p>
      )}
      <p className="how-to-read">{HOW_TO_READ}</p>
    </header>
  );
}
