import { SAMPLE_BANNER } from './sample-copy';
import { useSampleData } from './use-sample-data';
import './sample-banner.css';

/**
 * Above every screen while exploring sample data: what is shown is not the person's, their own
 * entries are safe, and one button brings them back. Calm, but never out of view (it stays at the
 * top while the page scrolls).
 */
export function SampleBanner() {
  const sample = useSampleData();
  if (!sample.isExploring) return null;
  return (
    <section className="sample-banner" aria-label={SAMPLE_BANNER.label}>
      <div className="sample-banner-words">
        <p>
          <strong className="sample-banner-title">{SAMPLE_BANNER.title}</strong>{' '}
          {SAMPLE_BANNER.body}
        </p>
        <p>{SAMPLE_BANNER.addedHereLeaves}</p>
        {sample.problem !== null && (
          <p role="alert" className="sample-banner-problem">
            {sample.problem}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button primary"
        onClick={() => void sample.leave()}
        disabled={sample.busy !== null}
        aria-busy={sample.busy === 'leaving'}
      >
        {sample.busy === 'leaving' ? SAMPLE_BANNER.leaving : SAMPLE_BANNER.leave}
      </button>
    </section>
  );
}
