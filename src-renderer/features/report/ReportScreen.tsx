import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/api-context';
import { useDataVersion, useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import {
  REPORT_DEFAULT_PRIVACY,
  REPORT_FORMAT_LABELS,
  REPORT_FORMATS,
  REPORT_PAGE_SIZES,
  REPORT_PERIOD_LABELS,
  REPORT_PERIOD_PRESETS,
  REPORT_PRIVACY_EXPLANATIONS,
  REPORT_PRIVACY_LABELS,
  REPORT_PRIVACY_LEVELS,
  type ReportFormat,
  type ReportPageSize,
  type ReportPeriodPreset,
  type ReportPrivacy,
} from '../../../src-main/shared/domain/report';
import type { AppError } from '../../../src-main/shared/result';
import { checkRequest, placeError, type FieldMap } from '../../forms';
import { RedactionList } from './RedactionList';
import {
  FROM_LABEL,
  MAKING_REPORT,
  NOTHING_SAVED,
  NO_NAMES_HIDDEN_NOTE,
  NO_PASSWORD_NOTE,
  PAGE_SIZE_LABEL,
  PERIOD_LEGEND,
  PREVIEW_EXACT,
  PREVIEW_FRAME_TITLE,
  PREVIEW_HEADING,
  PREVIEW_MAKING,
  PREVIEW_UPDATING,
  PRIVACY_LEGEND,
  REPORT_INTRO,
  REPORT_SCREEN_TITLE,
  SAVE_AS_LEGEND,
  SAVE_BUTTON,
  SAVING_BUTTON,
  STILL_WORKING,
  THERAPIST_CAUTION,
  TO_LABEL,
  savedMessage,
} from './report-copy';
import { nameKey, periodOf, redactionList } from './report-options';
import './report.css';

/** How long Save may take before the screen says it is still working. */
const PROGRESS_AFTER_MS = 800;
/** How long the choices must rest before the preview is made again. */
const PREVIEW_DELAY_MS = 250;

const NO_NAMES: readonly string[] = [];

/** Where the report's errors show; any other (a disk problem) is said under Save. */
const PERIOD_FIELDS = { from: 'period', to: 'period' } as const satisfies FieldMap<string>;
/** The names to hide are only on screen at the therapist level. */
const THERAPIST_FIELDS = {
  ...PERIOD_FIELDS,
  redactions: 'redactions',
} as const satisfies FieldMap<string>;

/** Which part of the screen an error belongs next to, by the form kit's one rule. */
function placeOf(
  error: AppError | null,
  isTherapist: boolean,
): 'period' | 'redactions' | 'save' | null {
  const placed = placeError(error, isTherapist ? THERAPIST_FIELDS : PERIOD_FIELDS);
  return placed ? (placed.field ?? 'save') : null;
}

/**
 * The private progress report: choose a period and how private it is, check the names to hide,
 * look at the exact document, and save it as a PDF or a web page. Everything is made on this
 * computer; the preview is the very HTML that Save writes, shown in a sandboxed frame.
 */
export function ReportScreen() {
  const api = useApi();
  const id = useId();
  // The presets end today, and follow the clock past midnight (see ClockProvider).
  const { day: today } = useToday();
  const dataVersion = useDataVersion(api);

  const [preset, setPreset] = useState<ReportPeriodPreset>('quarter');
  const [custom, setCustom] = useState(() => periodOf('month', { from: today, to: today }, today));
  // The most private level until the person chooses more (domain.md, "Privacy").
  const [privacy, setPrivacy] = useState<ReportPrivacy>(REPORT_DEFAULT_PRIVACY);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [pageSize, setPageSize] = useState<ReportPageSize>('A4');
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const [added, setAdded] = useState<readonly string[]>([]);

  /** The preview's HTML and the choices and data it was made from. */
  const [preview, setPreview] = useState<{ html: string; key: string } | null>(null);
  const [previewError, setPreviewError] = useState<AppError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isSlow, setIsSlow] = useState(false);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  /**
   * What the last Save did, said in the card (the file's name, or that nothing was saved), with
   * the options it was made with: a line about a file made with other options would mislead.
   */
  const [outcome, setOutcome] = useState<{ text: string; options: string } | null>(null);

  const period = useMemo(() => periodOf(preset, custom, today), [preset, custom, today]);
  const isTherapist = privacy === 'therapist';
  // Names that look like people, from the period's notes; only the therapist level uses them.
  const wantsNames = isTherapist && period.from <= period.to;
  const names = useQuery(
    wantsNames ? `report:names:${period.from}:${period.to}` : 'report:names:none',
    (a) =>
      wantsNames
        ? a.call('report:names', { from: period.from, to: period.to })
        : Promise.resolve({ ok: true, value: { names: [] } } as const),
  );
  const proposals = names.data?.names ?? NO_NAMES;
  const redactions = useMemo(
    () => (isTherapist ? redactionList(proposals, removed, added) : []),
    [isTherapist, proposals, removed, added],
  );
  const request = useMemo(
    () => ({ from: period.from, to: period.to, privacy, redactions }),
    [period, privacy, redactions],
  );
  /** Every choice that shapes the saved file, as one comparable string. */
  const options = JSON.stringify({ ...request, format, pageSize });
  const shownOutcome = outcome?.options === options ? outcome.text : null;

  // Once any choice changes, the last Save's line (and its error) no longer describes what Save
  // would make, so both go, even if the person later returns to the same choices. Adjusted
  // while rendering (React's pattern for state that follows a value), not in an effect.
  const [optionsSeen, setOptionsSeen] = useState(options);
  if (optionsSeen !== options) {
    setOptionsSeen(options);
    setOutcome(null);
    setSaveError(null);
  }

  // The preview: the exact document, made again shortly after the choices stop changing, and
  // after any change of data (dataVersion), so it never shows data that has gone.
  // Until the preview is made from the current choices and data, it is not what Save would
  // write, so the screen says it is updating (from the first moment, not only once the request
  // leaves) rather than "exactly what will be saved".
  const previewRun = useRef(0);
  const previewKey = `${JSON.stringify(request)} ${dataVersion}`;
  const html = preview?.html ?? null;
  const isPreviewCurrent = preview?.key === previewKey;
  useEffect(() => {
    const run = (previewRun.current += 1);
    const timer = setTimeout(() => {
      void api.call('report:preview', request).then((result) => {
        if (run !== previewRun.current) return;
        if (result.ok) {
          setPreview({ html: result.value.html, key: previewKey });
          setPreviewError(null);
        } else {
          setPreviewError(result.error);
        }
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, request, previewKey]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const input = { ...request, format, pageSize };
    const refused = checkRequest('report:save', input);
    if (refused) {
      setSaveError(refused);
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    setOutcome(null);
    const slow = setTimeout(() => setIsSlow(true), PROGRESS_AFTER_MS);
    const madeWith = options;
    const result = await api.call('report:save', input);
    clearTimeout(slow);
    setIsSlow(false);
    setIsSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    setOutcome({
      text: result.value.saved ? savedMessage(result.value.fileName) : NOTHING_SAVED,
      options: madeWith,
    });
  }

  const error = saveError ?? previewError;
  const place = placeOf(error, isTherapist);
  const errorId = `${id}-error`;
  const errorNear = (where: 'period' | 'redactions' | 'save') =>
    place === where && error ? (
      <p className="field-error" id={errorId} role="alert">
        {error.message}
      </p>
    ) : null;
  const invalid = (where: 'period' | 'redactions') =>
    place === where
      ? { 'aria-invalid': true as const, 'aria-describedby': errorId }
      : { 'aria-invalid': false as const };

  return (
    <section aria-labelledby="report-title" className="screen report-screen">
      <h1 id="report-title">{REPORT_SCREEN_TITLE}</h1>
      <p className="report-intro">{REPORT_INTRO}</p>
      <div className="report-layout">
        <form
          className="card report-options"
          onSubmit={save}
          noValidate
          aria-label="Report options"
        >
          <fieldset className="report-group" disabled={isSaving} {...invalid('period')}>
            <legend>{PERIOD_LEGEND}</legend>
            <div className="report-choices">
              {REPORT_PERIOD_PRESETS.map((p) => (
                <label key={p} className="report-choice">
                  <input
                    type="radio"
                    name={`${id}-period`}
                    value={p}
                    checked={preset === p}
                    onChange={() => setPreset(p)}
                  />
                  {REPORT_PERIOD_LABELS[p]}
                </label>
              ))}
            </div>
            {preset === 'custom' && (
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-from`}>{FROM_LABEL}</label>
                  <input
                    id={`${id}-from`}
                    type="date"
                    value={custom.from}
                    max={today}
                    onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))}
                    {...invalid('period')}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-to`}>{TO_LABEL}</label>
                  <input
                    id={`${id}-to`}
                    type="date"
                    value={custom.to}
                    onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))}
                    {...invalid('period')}
                  />
                </div>
              </div>
            )}
            {errorNear('period')}
          </fieldset>

          <fieldset className="report-group" disabled={isSaving}>
            <legend>{PRIVACY_LEGEND}</legend>
            {REPORT_PRIVACY_LEVELS.map((level) => (
              <label key={level} className="report-privacy">
                <input
                  type="radio"
                  name={`${id}-privacy`}
                  value={level}
                  checked={privacy === level}
                  onChange={() => setPrivacy(level)}
                  aria-describedby={`${id}-privacy-${level}`}
                />
                <span>
                  <span className="report-privacy-name">{REPORT_PRIVACY_LABELS[level]}</span>
                  <span className="hint" id={`${id}-privacy-${level}`}>
                    {REPORT_PRIVACY_EXPLANATIONS[level]}
                    {level === 'therapist' && (
                      <span className="report-privacy-caution"> {THERAPIST_CAUTION}</span>
                    )}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>

          {isTherapist && (
            <RedactionList
              names={redactions}
              onRemove={(name) => {
                const key = nameKey(name);
                setRemoved((r) => new Set([...r, key]));
                setAdded((a) => a.filter((n) => nameKey(n) !== key));
              }}
              onAdd={(name) => {
                const key = nameKey(name);
                setRemoved((r) => new Set([...r].filter((k) => k !== key)));
                setAdded((a) => [...a, name]);
              }}
              invalid={invalid('redactions')}
              error={errorNear('redactions')}
              disabled={isSaving}
              loadError={names.error}
            />
          )}

          {/* While Save runs the choices hold still, so its line describes what is on screen. */}
          <fieldset className="report-group" disabled={isSaving}>
            <legend>{SAVE_AS_LEGEND}</legend>
            <div className="report-choices">
              {REPORT_FORMATS.map((f) => (
                <label key={f} className="report-choice">
                  <input
                    type="radio"
                    name={`${id}-format`}
                    value={f}
                    checked={format === f}
                    onChange={() => setFormat(f)}
                  />
                  {REPORT_FORMAT_LABELS[f]}
                </label>
              ))}
            </div>
            {format === 'pdf' && (
              <div className="field report-page-size">
                <label htmlFor={`${id}-page`}>{PAGE_SIZE_LABEL}</label>
                <select
                  id={`${id}-page`}
                  value={pageSize}
                  onChange={(e) => {
                    const picked = REPORT_PAGE_SIZES.find((s) => s === e.target.value);
                    if (picked) setPageSize(picked);
                  }}
                >
                  {REPORT_PAGE_SIZES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </fieldset>

          <div className="actions">
            <button type="submit" className="button primary" disabled={isSaving}>
              {isSaving ? SAVING_BUTTON : SAVE_BUTTON}
            </button>
          </div>
          {isTherapist && redactions.length === 0 && (
            <p className="report-no-names">{NO_NAMES_HIDDEN_NOTE}</p>
          )}
          <p className="hint report-no-password">{NO_PASSWORD_NOTE}</p>
          {isSlow && (
            <div className="report-progress" role="status">
              <progress aria-label={MAKING_REPORT} />
              <span>{STILL_WORKING}</span>
            </div>
          )}
          <p className="status report-saved" role="status">
            {isSaving ? '' : shownOutcome}
          </p>
          {errorNear('save')}
        </form>

        <div className="card report-preview-card">
          <div className="report-preview-head">
            <h2>{PREVIEW_HEADING}</h2>
            <span className="hint" aria-live="polite">
              {previewError ? '' : isPreviewCurrent ? PREVIEW_EXACT : PREVIEW_UPDATING}
            </span>
          </div>
          {html === null ? (
            <p className="muted report-preview-empty">{PREVIEW_MAKING}</p>
          ) : (
            <iframe
              className={isPreviewCurrent ? 'report-preview' : 'report-preview is-stale'}
              title={PREVIEW_FRAME_TITLE}
              sandbox=""
              srcDoc={html}
            />
          )}
        </div>
      </div>
    </section>
  );
}
