import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { bench, describe } from 'vitest';
import {
  ContactToneChart,
  HabitPanelChart,
  MoodCalendarCharts,
  MoodTrendChart,
  OutcomeOverTimeChart,
  SkillOutcomeChart,
} from '../../src-main/report/charts/index';
import type { CommunicationGroup, HabitData, MoodDay } from '../../src-main/report/report-data';
import { addDays } from '../../src-main/shared/calendar';

/*
 * The report's charts drawn over ten years of hand-made history (a mood every day, a daily habit
 * kept most days, a conversation every other day), each rendered to markup as the report does.
 * The charts thin long series to weekly points and share one path per calendar step, so ten years
 * should cost little more than one. Run with `npm run bench`.
 */
const FROM = '2016-12-01';
const TO = '2026-11-30';
const DAYS = 3652;

const mood: MoodDay[] = Array.from({ length: DAYS }, (_, i) => ({
  day: addDays(FROM, i),
  average: 1 + ((i * 7) % 10),
  entries: 1,
  hurt: null,
}));
const habit: HabitData = {
  id: 1,
  name: 'Walk',
  kind: 'build',
  targetCount: 1,
  period: 'day',
  createdDay: FROM,
  archivedDay: null,
  records: Array.from({ length: DAYS }, (_, i) => ({
    day: addDays(FROM, i),
    count: i % 5 === 0 ? 0 : 1,
    isSkip: false,
  })),
  notes: [],
};
const groups: CommunicationGroup[] = Array.from({ length: DAYS / 2 }, (_, i) => ({
  day: addDays(FROM, i * 2),
  skill: 'listening',
  counterpart: 'ex',
  outcome: i % 3 === 0 ? 'partly' : 'resolved',
  tone: i % 4 === 0 ? 'tense' : 'civil',
  isContactWithEx: i % 2 === 0,
  contactContext: null,
  initiatedBy: null,
  entries: 1,
  ratingSum: 0,
  ratings: 0,
}));

describe('report charts over ten years', () => {
  bench('mood trend', () => {
    renderToStaticMarkup(
      createElement(MoodTrendChart, { days: mood, from: FROM, to: TO, stages: [] }),
    );
  });
  bench('mood calendar (11 blocks)', () => {
    renderToStaticMarkup(createElement(MoodCalendarCharts, { days: mood, from: FROM, to: TO }));
  });
  bench('habit panel', () => {
    renderToStaticMarkup(createElement(HabitPanelChart, { habit, from: FROM, to: TO }));
  });
  bench('communication: by skill, outcomes and tone', () => {
    renderToStaticMarkup(createElement(SkillOutcomeChart, { groups }));
    renderToStaticMarkup(createElement(OutcomeOverTimeChart, { groups, from: FROM, to: TO }));
    renderToStaticMarkup(createElement(ContactToneChart, { groups, from: FROM, to: TO }));
  });
});
