import { useToday } from '../../app/clock';
import { SAMPLE_BANNER, SAMPLE_SETTINGS } from '../../app/sample-copy';
import { useSampleData } from '../../app/use-sample-data';

/**
 * Settings card: a made-up history of about a year, in a file of its own, to see what the charts,
 * insights and report look like with time behind them; and, while exploring, the way back.
 */
export function SampleDataSettings() {
  const sample = useSampleData();
  const today = useToday();
  const isBusy = sample.busy !== null;
  return (
    <section className="card sample-settings" aria-labelledby="sample-settings-title">
      <h2 id="sample-settings-title">{SAMPLE_SETTINGS.title}</h2>
      <p>{SAMPLE_SETTINGS.what}</p>
      <p>{SAMPLE_SETTINGS.separate}</p>
      <p>{SAMPLE_SETTINGS.notKept}</p>
      {sample.isExploring && (
        <p>
          <strong>{SAMPLE_SETTINGS.exploringNow}</strong> {SAMPLE_SETTINGS.whileExploring}
        </p>
      )}
      <div className="actions">
        {sample.isExploring ? (
          <button
            type="button"
            className="button"
            onClick={() => void sample.leave()}
            disabled={isBusy}
            aria-busy={sample.busy === 'leaving'}
          >
            {sample.busy === 'leaving' ? SAMPLE_BANNER.leaving : SAMPLE_BANNER.leave}
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={() => void sample.start(today.day, today.timeZone)}
            disabled={isBusy || !sample.isLoaded}
            aria-busy={sample.busy === 'starting'}
          >
            {sample.busy === 'starting' ? SAMPLE_SETTINGS.starting : SAMPLE_SETTINGS.start}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="status">
        {sample.busy === 'starting' ? SAMPLE_SETTINGS.starting : ''}
      </p>
      {sample.problem !== null && <p role="alert">{sample.problem}</p>}
    </section>
  );
}
