/**
 * The plain-language summary at the top of the report: warm, honest, gender-neutral sentences
 * made only from numbers, so it is the same kind of text at every privacy level and never quotes
 * anything the person wrote.
 */
import { count, percent } from './format';
import { activeHabits, strengthAtEnd } from './readiness';
import type { ReportData } from './report-data';
import { mean, startAndEnd } from './series';

/** "rose from about 4 to about 6", "stayed around 5", from where a series started and ended. */
function movement(values: readonly number[], suffix = ''): string | null {
  const ends = startAndEnd(values);
  if (!ends || values.length < 2) return null;
  const start = Math.round(ends.start);
  const end = Math.round(ends.end);
  if (start === end) return `stayed around ${start}${suffix}`;
  return end > start
    ? `rose from about ${start} to about ${end}${suffix}`
    : `went from about ${start} to about ${end}${suffix}`;
}

function moodSentences(data: ReportData): string[] {
  const days = data.mood.days;
  if (days.length === 0) return ['There are no mood entries in this period.'];
  const entries =
    data.mood.entryCount > days.length
      ? ` (${count(data.mood.entryCount, 'entry', 'entries')} in all)`
      : '';
  const sentences = [`You recorded your mood on ${count(days.length, 'day')}${entries}.`];
  const averages = days.map((d) => d.average);
  const moved = movement(averages);
  if (moved === null) {
    sentences.push(`It was about ${Math.round(mean(averages) ?? 0)} out of 10.`);
  } else {
    sentences.push(`It ${moved}.`);
    const ends = startAndEnd(averages);
    if (ends && Math.round(ends.end) < Math.round(ends.start)) {
      sentences.push(
        'Harder stretches are part of healing, and noticing them is part of getting through them.',
      );
    }
  }
  const hurt = days.flatMap((d) => (d.hurt === null ? [] : [d.hurt]));
  const hurtMoved = hurt.length >= 2 ? movement(hurt, ' out of 10') : null;
  if (hurtMoved) sentences.push(`How much the breakup still hurts ${hurtMoved}.`);
  return sentences;
}

function habitSentences(data: ReportData): string[] {
  const inPeriod = data.habits.filter((h) =>
    h.records.some((r) => r.day >= data.from && r.day <= data.to),
  );
  if (inPeriod.length === 0) return ['No habit check-ins were recorded in this period.'];
  const checkins = inPeriod.reduce(
    (s, h) =>
      s + h.records.filter((r) => r.day >= data.from && r.day <= data.to && !r.isSkip).length,
    0,
  );
  const sentences = [
    `You worked on ${count(inPeriod.length, 'habit')} and checked in ${count(checkins, 'time')}.`,
  ];
  const active = activeHabits(data).filter((h) => h.records.some((r) => r.day <= data.to));
  if (active.length > 0) {
    const average = active.reduce((s, h) => s + strengthAtEnd(h, data.to), 0) / active.length;
    sentences.push(
      `At the end of the period, their strength averaged ${percent(Math.floor(average * 100 + 1e-9) / 100)}; one missed day lowers it a little and never resets it.`,
    );
  }
  return sentences;
}

function communicationSentences(data: ReportData): string[] {
  const groups = data.communication.groups;
  const total = groups.reduce((s, g) => s + g.entries, 0);
  if (total === 0) return ['No communication practice was logged in this period.'];
  const contact = groups.filter((g) => g.isContactWithEx);
  const contactCount = contact.reduce((s, g) => s + g.entries, 0);
  const withEx =
    contactCount > 0
      ? `, ${contactCount === 1 ? 'one of them' : `${contactCount.toLocaleString('en-US')} of them`} contact with your ex`
      : '';
  const sentences = [
    `You logged ${count(total, 'conversation')} as communication practice${withEx}.`,
  ];
  const withOutcome = groups.filter((g) => g.outcome !== null);
  const outcomeCount = withOutcome.reduce((s, g) => s + g.entries, 0);
  if (outcomeCount > 0) {
    const good = withOutcome
      .filter((g) => g.outcome === 'resolved' || g.outcome === 'partly')
      .reduce((s, g) => s + g.entries, 0);
    sentences.push(
      `Of those with an outcome noted, ${percent(good / outcomeCount)} ended resolved or partly resolved.`,
    );
  }
  const toned = contact
    .filter((g) => g.tone !== null)
    .flatMap((g) => Array.from({ length: g.entries }, () => g))
    .sort((a, b) => a.day.localeCompare(b.day));
  if (toned.length >= 4) {
    const half = Math.floor(toned.length / 2);
    const calm = (list: typeof toned) =>
      list.filter((g) => g.tone === 'friendly' || g.tone === 'civil').length / list.length;
    sentences.push(
      `Contact with your ex was friendly or civil ${percent(calm(toned.slice(0, half)))} of the time in the first half of these contacts and ${percent(calm(toned.slice(half)))} in the second.`,
    );
  }
  return sentences;
}

/** The summary's paragraphs, in order: mood, habits, communication, reflections. */
export function summaryParagraphs(data: ReportData): string[][] {
  const reflections = data.reflections.length;
  return [
    moodSentences(data),
    habitSentences(data),
    communicationSentences(data),
    [
      reflections === 0
        ? 'No reflections were written in this period.'
        : `You wrote ${count(reflections, 'reflection')}.`,
      'Healing is the one outcome that is certain, and it counts whatever you decide.',
    ],
  ];
}
