// @vitest-environment jsdom
// (for DOMParser: each section is checked as a browser would parse it.)
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../src-main/report/report-data';
import {
  NOTES_PRINTED_PER_KIND,
  OwnWordsSection,
} from '../../../src-main/report/sections/OwnWordsSection';
import { addDays } from '../../../src-main/shared/calendar';
import { voiceFor } from '../../../src-main/report/voice';
import { FREE_TEXT, reportFixture } from '../report-fixture';
import { expectInert, nothingRecorded, render } from './render';

const renderOwnWords = (data: ReportData) =>
  render(<OwnWordsSection data={data} voice={voiceFor(data)} />);

describe('OwnWordsSection', () => {
  it('prints every note as text, oldest first, under its kind', () => {
    const full = renderOwnWords(reportFixture('full'));
    expectInert(full);
    expect([...full.body.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Mood notes',
      'Habit check-in notes',
      'Conversation notes',
    ]);
    expect([...full.body.querySelectorAll('.entry-text')].map((p) => p.textContent)).toEqual([
      FREE_TEXT.moodNote,
      FREE_TEXT.secondMoodNote,
      FREE_TEXT.checkinNote,
      FREE_TEXT.communicationNote,
      `Next time: ${FREE_TEXT.doDifferently}`,
    ]);
    const when = full.body.querySelector('.entry-when');
    expect(when?.firstChild?.textContent).toBe('5 Jan 2026');
    expect(when?.querySelector('.entry-detail')?.textContent).toBe('08:30 · mood 4');
    expect(full.text).toContain('Calm logistics · with your co-parent · tense · partly resolved');
  });

  it('keeps a note’s line breaks as breaks, and its markup as text', () => {
    const data = reportFixture('full');
    const withLines: ReportData = {
      ...data,
      mood: {
        ...data.mood,
        notes: [{ day: '2026-01-05', time: '08:30', mood: 4, text: 'one\ntwo <b>\r\nthree' }],
      },
    };
    const { body, html } = renderOwnWords(withLines);
    const note = body.querySelector('.entry-text');
    expect(note?.querySelectorAll('br')).toHaveLength(2);
    expect(note?.querySelector('b')).toBeNull();
    expect(note?.textContent).toBe('onetwo <b>three');
    expect(html).toContain('one<br/>two &lt;b&gt;<br/>three');
  });

  it('hides the chosen names at the therapist level, and says so', () => {
    const therapist = renderOwnWords(reportFixture('therapist', ['Sam', 'Priya']));
    expectInert(therapist);
    expect(therapist.text).toContain('Lunch with [name] by the canal.');
    expect(therapist.text).toContain('with the names you chose shown as “[name]”');
    expect(therapist.html).not.toMatch(/\bsam\b|priya/i);
  });

  it('prints the most recent notes of each kind, and says how many more there are and where', () => {
    const data = reportFixture('full');
    const many = NOTES_PRINTED_PER_KIND + 25;
    const day = (i: number) => addDays('2016-01-01', i * 40);
    const withMany: ReportData = {
      ...data,
      mood: {
        ...data.mood,
        notes: Array.from({ length: many }, (_, i) => ({
          day: day(i),
          time: '08:30',
          mood: 5,
          text: `Mood note ${i + 1}`,
        })),
      },
    };
    const { body, text } = renderOwnWords(withMany);
    const moodList = body.querySelector('ul.entries');
    const printed = [...(moodList?.querySelectorAll('.entry-text') ?? [])].map(
      (p) => p.textContent,
    );
    // The last ones, still oldest first: note 26 to note 85.
    expect(printed).toHaveLength(NOTES_PRINTED_PER_KIND);
    expect(printed[0]).toBe('Mood note 26');
    expect(printed.at(-1)).toBe(`Mood note ${many}`);
    expect(text).toContain(
      `The ${NOTES_PRINTED_PER_KIND} most recent of your ${many} mood notes are printed here. The other 25 stay in Mending, and Settings › Export and import saves every one of them in one file.`,
    );
    // The sentence comes under its own heading, before the notes it speaks of.
    expect(body.querySelector('h3 + p.muted')?.textContent).toContain('most recent of your');
    // Kinds with few notes print them all and say nothing more.
    expect(text).toContain(FREE_TEXT.checkinNote);
    expect(body.querySelectorAll('p.muted')).toHaveLength(2);
  });

  it('says nothing is left out when every note is printed', () => {
    const { text } = renderOwnWords(reportFixture('full'));
    expect(text).not.toContain('most recent of your');
  });

  it('is left out at the summary level, even if the data held notes', () => {
    const leaky: ReportData = { ...reportFixture('full'), privacy: 'summary' };
    expect(renderOwnWords(leaky).html).toBe('');
  });

  it('is left out when nothing was written', () => {
    expect(renderOwnWords(nothingRecorded('full')).html).toBe('');
  });
});
