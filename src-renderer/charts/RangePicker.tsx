import { ChoiceGroup, choicesOf } from '../forms';
import {
  CHART_RANGES,
  CHART_RANGE_LABELS,
  type ChartRange,
} from '../../src-main/shared/series/ranges';
import { RANGE_LEGEND } from './chart-copy';

/** The period every chart below it shows: week, month, quarter, year or all time. */
export function RangePicker({
  value,
  onChange,
  legend = RANGE_LEGEND,
}: {
  readonly value: ChartRange;
  readonly onChange: (range: ChartRange) => void;
  readonly legend?: string;
}) {
  return (
    <div className="range-picker">
      <ChoiceGroup
        legend={legend}
        choices={choicesOf(CHART_RANGES, CHART_RANGE_LABELS)}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}
