import type { PracticeSeries } from '../../src-main/shared/contract/charts';
import { COMMUNICATION_SKILLS } from '../../src-main/shared/domain/communication';
import { barBucketFor, countTotals } from '../../src-main/shared/series/bar-buckets';
import { seriesColour } from '../../src-main/shared/series/palette';
import { ChartFrame } from './ChartFrame';
import { BAR_NOTES, RANGE_PHRASES } from './chart-copy';
import { ChartNothing } from './ChartNothing';
import { useChartPalette } from './chart-theme';
import { periodInWords } from './time-axis';
import { countBarsOf, countTable } from './count-table';
import {
  OUTCOME_KEYS,
  OUTCOME_NAMES,
  PRACTICE_OUTCOME_TITLE,
  PRACTICE_SKILL_TITLE,
  SKILL_KEYS,
  SKILL_NAMES,
  practiceOutcomeSummary,
  practiceSkillSummary,
  type OutcomeKey,
  type SkillKey,
} from './habit-practice-contact-copy';
import { StackedCountBars } from './StackedCountBars';
import './habit-practice-contact.css';

/**
 * Communication practice over the range as two charts of stacked bars: by skill ("No skill named"
 * for contact that practised none) and by outcome ("No outcome given", which every rehearsal on
 * one's own is). Bars are regrouped to a bucket wide enough to read (see barBucketFor), and each
 * chart's table has the same numbers with their totals. Presentational.
 */
export function PracticeCharts({
  series,
  headingLevel = 3,
}: {
  readonly series: PracticeSeries;
  readonly headingLevel?: 2 | 3;
}) {
  const palette = useChartPalette();
  const bucket = barBucketFor(series.bucket, series.from, series.to);
  const bySkill = countBarsOf(series, (p) => p.skills, SKILL_KEYS, bucket);
  const byOutcome = countBarsOf(series, (p) => p.outcomes, OUTCOME_KEYS, bucket);
  const when = RANGE_PHRASES[series.range];
  const total = bySkill.reduce((sum, bar) => sum + bar.total, 0);
  const skillSummary = practiceSkillSummary(countTotals(bySkill, SKILL_KEYS), total, when);
  const outcomeSummary = practiceOutcomeSummary(countTotals(byOutcome, OUTCOME_KEYS), total, when);
  if (total === 0) {
    return (
      <>
        <ChartNothing
          title={PRACTICE_SKILL_TITLE}
          summary={skillSummary}
          headingLevel={headingLevel}
        />
        <ChartNothing
          title={PRACTICE_OUTCOME_TITLE}
          summary={outcomeSummary}
          headingLevel={headingLevel}
        />
      </>
    );
  }
  // Skills in the palette's categorical order; "none" in the quiet colour every chart gives it.
  // Object.fromEntries types its keys as string; every skill is given, and "none" beside them.
  const skillFills = {
    ...Object.fromEntries(
      COMMUNICATION_SKILLS.map((skill, i) => [skill, seriesColour(palette, i)]),
    ),
    none: palette.outcomes.none,
  } as Record<SkillKey, string>;
  const outcomeFills: Readonly<Record<OutcomeKey, string>> = palette.outcomes;
  const period = periodInWords(series.from, series.to);
  const common = { bucket, palette } as const;
  return (
    <>
      <ChartFrame
        title={PRACTICE_SKILL_TITLE}
        summary={skillSummary}
        note={BAR_NOTES[bucket]}
        table={() =>
          countTable({
            caption: `${PRACTICE_SKILL_TITLE}, ${period}`,
            bars: bySkill,
            keys: SKILL_KEYS,
            names: SKILL_NAMES,
            bucket,
          })
        }
        headingLevel={headingLevel}
      >
        <StackedCountBars
          bars={bySkill}
          keys={SKILL_KEYS}
          names={SKILL_NAMES}
          fills={skillFills}
          {...common}
        />
      </ChartFrame>
      <ChartFrame
        title={PRACTICE_OUTCOME_TITLE}
        summary={outcomeSummary}
        note={BAR_NOTES[bucket]}
        table={() =>
          countTable({
            caption: `${PRACTICE_OUTCOME_TITLE}, ${period}`,
            bars: byOutcome,
            keys: OUTCOME_KEYS,
            names: OUTCOME_NAMES,
            bucket,
          })
        }
        headingLevel={headingLevel}
      >
        <StackedCountBars
          bars={byOutcome}
          keys={OUTCOME_KEYS}
          names={OUTCOME_NAMES}
          fills={outcomeFills}
          {...common}
        />
      </ChartFrame>
    </>
  );
}
