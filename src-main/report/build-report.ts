/**
 * The private progress report as ONE self-contained HTML document: inline styles, inline SVG
 * charts, system fonts, no scripts and no URL of any kind, under a strict CSP of its own. The same
 * string is previewed, saved as HTML, and printed to PDF.
 *
 * Privacy is applied here and in the data loader both: at the summary level the loader reads no
 * free text at all, and this builder never prints any; at the therapist level every piece of text
 * the person wrote passes through the redactor. All text reaches the markup through the `html`
 * tag, which escapes it.
 */
import {
  CONTACT_CONTEXT_LABELS,
  CONTACT_CONTEXTS,
  INITIATORS,
  OUTCOME_LABELS,
  SKILL_LABELS,
  TONE_LABELS,
} from '../shared/domain/communication';
import { strengthPercent } from '../shared/domain/habits';
import { REPORT_PRIVACY_EXPLANATIONS, REPORT_PRIVACY_LABELS } from '../shared/domain/report';
import {
  contactToneChart,
  habitPanelChart,
  moodCalendarCharts,
  moodCalendarLegend,
  moodRollingLine,
  moodTrendChart,
  outcomeOverTimeChart,
  skillOutcomeChart,
  stageTimelineChart,
  type StageSpan,
} from './charts';
import { html, join, lines, trusted, type Markup } from './escape';
import { longDate, periodText, plainNumber, shortDate } from './format';
import { STAGE_ABOUT, currentStage, stageLabel, strengthAtEnd, whereYouAreNow } from './readiness';
import {
  HONEST_QUESTIONS,
  HONEST_QUESTION_WORDS,
  HONEST_REFLECTION_KIND,
  readHonestAnswers,
  type HonestReflectionAnswers,
} from '../shared/journey/honest-reflection';
import { whereItemWords } from '../shared/journey/where-you-are-words';
import { apologyAnswersSchema, type ApologyAnswers } from '../shared/contract/apology';
import { worksheetAnswersSchema, type WorksheetAnswers } from '../shared/contract/decide';
import { describeTarget } from '../shared/domain/habits';
import { PATH_LABELS } from '../shared/domain/stages';
import {
  AFTER_APOLOGY_ANSWER,
  APOLOGY_DRAFT_KIND,
  APOLOGY_PART_LABELS,
  APOLOGY_PARTS,
  APOLOGY_STATUS_GIVEN,
  answerSentence,
} from '../shared/journey/apology';
import { suggestPath } from '../shared/journey/decide-rules';
import {
  CHANGE_NOTE_LABEL,
  CHANGES_LEGEND,
  DEAL_BREAKER_LABELS,
  DEAL_BREAKERS_LEGEND,
  DECIDE_WORKSHEET_KIND,
  FAULT_LABELS,
  FAULT_LEGEND,
  NO_CONTACT_LABELS,
  NO_CONTACT_LEGEND,
  SAFETY_LABELS,
  SAFETY_LEGEND,
  NONE_OF_THESE,
  WILLING_LABELS,
  WILLING_LEGEND,
} from '../shared/journey/decide-words';
import { REFLECTION_KIND_LABELS } from '../shared/journey/reflection-kinds';
import { createRedactor } from './redact';
import {
  COLUMNS,
  COVER_TITLE,
  NEXT_TIME,
  NO_ANSWER,
  NOTE_HEADINGS,
  archivedOn,
  asOf,
  contactsLogged,
  conversationsLogged,
  habitKindWords,
  numberedHabit,
  EYEBROW,
  HABITS_INTRO,
  HEADINGS,
  HOW_TO_READ,
  JOURNEY_INTRO,
  NO_COMMUNICATION,
  NO_CONTACT,
  NO_HABITS,
  NO_MOOD,
  NO_REFLECTIONS,
  NOT_SAID,
  CAPTIONS,
  HABIT_NAMES_LEFT_OUT,
  STAGE_CHOSEN,
  WHERE_YOU_ARE_ASIDE,
  REFLECTION_NOTE_HEADING,
  WHAT_BROUGHT_IT_ABOUT,
  WHO_REACHED_OUT_FIRST,
  WORKSHEET_WORDS,
  DRAFT_WORDS,
  evidenceWords,
  counterpartWords,
  emotionsHeading,
  firstRecordNote,
  footerText,
  ownWordsIntro,
  ownWordsLeftOut,
  redactionNote,
  REACHED_OUT_FIRST_WORDS,
  outcomesOverTimeCaption,
  NO_NAMES_HIDDEN,
  reflectionsLeftOut,
  goalText,
  habitCountText,
  handledItText,
  LOWER_RATINGS,
  moodTrendCaption,
} from './report-copy';
import { REPORT_CSS } from './report-css';
import { STAGE_LABELS, type HabitData, type ReportData, type Stage } from './report-data';
import { bucketUnitFor, dayFromNumber, dayNumber } from '../shared/series/buckets';
import { leastSquaresMovement, movementInWords } from '../shared/trend';
import { daysKept, movedWay, summaryParagraphs } from './summary';

/** The middle of the 1 to 5 "how you feel you handled it" scale. */
const HANDLED_IT_MIDDLE = 3;

/**
 * The one `<style>` element, built outside the `html` templates: its text must be exactly
 * `REPORT_CSS`, byte for byte, for the app's CSP hash to match, and prettier re-indents the inside
 * of a `<style>` it finds in a template.
 */
const STYLE_ELEMENT = trusted(`<style>${REPORT_CSS}</style>`);

/** The report's own policy: nothing but its inline stylesheet and inline images may load. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** How the builder prints the person's own words at this privacy level. */
interface Voice {
  /** Their text, redacted at the therapist level; never called at the summary level. */
  readonly own: (text: string) => string;
  readonly includesText: boolean;
}

function voiceFor(data: ReportData): Voice {
  switch (data.privacy) {
    case 'full':
      return { own: (text) => text, includesText: true };
    case 'therapist':
      return { own: createRedactor(data.redactions), includesText: true };
    case 'summary':
      return {
        own: () => {
          // The loader reads no free text at this level; reaching here would be a bug.
          throw new Error('The summary report must not contain free text.');
        },
        includesText: false,
      };
    default: {
      const unhandled: never = data.privacy;
      return unhandled;
    }
  }
}

/** "Habit 2 (build)" at the summary level, otherwise the person's name for it. */
function habitName(habit: HabitData, index: number, voice: Voice): string {
  if (!voice.includesText || habit.name === null) return numberedHabit(index, habit.kind);
  return voice.own(habit.name);
}

/** The stages across the period, merged where a change repeats the stage already in place. */
export function stageSpans(data: ReportData): StageSpan[] {
  const changes = data.stages.filter((s) => s.day <= data.to);
  let stage: Stage = 'heal_yourself';
  for (const change of changes) if (change.day <= data.from) stage = change.stage;
  const spans: { stage: Stage; from: string; to: string }[] = [
    { stage, from: data.from, to: data.to },
  ];
  for (const change of changes) {
    if (change.day <= data.from) continue;
    const last = spans.at(-1);
    if (!last || last.stage === change.stage) continue;
    last.to = dayFromNumber(dayNumber(change.day) - 1);
    spans.push({ stage: change.stage, from: change.day, to: data.to });
  }
  return spans;
}

function paragraphs(sentences: readonly string[][]): Markup {
  return join(sentences.map((s) => html`<p>${s.join(' ')}</p>`));
}

// ---------------------------------------------------------------------------------------------

function cover(data: ReportData): Markup {
  const isTherapist = data.privacy === 'therapist';
  const redacted =
    isTherapist && data.redactions.length > 0 ? ` ${redactionNote(data.redactions.length)}` : '';
  // The therapist level promises hidden names; with none chosen it hides none, and the cover
  // says so where it cannot be missed.
  const nothingHidden =
    isTherapist && data.redactions.length === 0
      ? html`<p class="privacy-warning"><strong>${NO_NAMES_HIDDEN}</strong></p>`
      : '';
  // With no name chosen, promising "the names you choose replaced" would be untrue: the report
  // then holds what the full level holds, and says that.
  const explanation =
    isTherapist && data.redactions.length === 0
      ? REPORT_PRIVACY_EXPLANATIONS.full
      : REPORT_PRIVACY_EXPLANATIONS[data.privacy];
  return html`<header class="cover">
    <p class="eyebrow">${EYEBROW}</p>
    <h1>${COVER_TITLE}</h1>
    <p class="period">${periodText(data.from, data.to)}</p>
    <p class="privacy">
      <strong>Privacy: ${REPORT_PRIVACY_LABELS[data.privacy]}.</strong>
      ${explanation}${redacted}
    </p>
    ${nothingHidden}
    <p class="how-to-read">${HOW_TO_READ}</p>
  </header>`;
}

function summarySection(data: ReportData): Markup {
  const first =
    data.firstRecordDay !== null && data.firstRecordDay === data.from
      ? html`<p class="muted">${firstRecordNote(longDate(data.from))}</p>`
      : '';
  return html`<section class="summary" aria-labelledby="summary">
    <h2 id="summary">${HEADINGS.summary}</h2>
    ${paragraphs(summaryParagraphs(data))}${first}
  </section>`;
}

function journeySection(data: ReportData, voice: Voice): Markup {
  const stage = currentStage(data);
  const since =
    stage.since === null
      ? ''
      : stage.isImplicit
        ? JOURNEY_INTRO.sinceFirstRecord(longDate(stage.since))
        : JOURNEY_INTRO.since(longDate(stage.since));
  const words = stage.isImplicit ? JOURNEY_INTRO.implicit : JOURNEY_INTRO.explicit;
  const intro = html`<p>
    ${words.before} <strong>${stageLabel(stage.stage)}</strong>${words.after}${since}.
    ${STAGE_ABOUT[stage.stage]}
  </p>`;

  const changes = data.stages.filter((s) => s.day >= data.from && s.day <= data.to);
  const changeList =
    changes.length === 0
      ? html``
      : html`<table>
          <thead>
            <tr>
              <th>${COLUMNS.date}</th>
              <th>${COLUMNS.stage}</th>
              <th>${COLUMNS.howChosen}</th>
              ${voice.includesText ? html`<th>${COLUMNS.why}</th>` : ''}
            </tr>
          </thead>
          <tbody>
            ${join(
              changes.map(
                (c) =>
                  html`<tr>
                    <td>${shortDate(c.day)}</td>
                    <td>${STAGE_LABELS[c.stage]}</td>
                    <td>${c.wasSuggested ? STAGE_CHOSEN.suggested : STAGE_CHOSEN.chosen}</td>
                    ${
                      voice.includesText
                        ? html`<td class="own">
                            ${c.reason === null ? '' : lines(voice.own(c.reason))}
                          </td>`
                        : ''
                    }
                  </tr>`,
              ),
            )}
          </tbody>
        </table>`;

  // The same items, numbers and words as the Journey screen's "Where you are now".
  const items = whereYouAreNow(data, stage).map((item) =>
    whereItemWords(item, { formatDay: longDate, formatNumber: plainNumber }),
  );
  const whereYouAre = html`<table class="readiness">
      <thead>
        <tr>
          <th>${COLUMNS.whatRecordsShow}</th>
          <th>${asOf(shortDate(data.to))}</th>
          <th>${COLUMNS.details}</th>
        </tr>
      </thead>
      <tbody>
        ${join(
          items.map(
            (item) =>
              html`<tr>
                <td>${item.label}</td>
                <td>${item.value}</td>
                <td>${item.sentence}</td>
              </tr>`,
          ),
        )}
      </tbody>
    </table>
    <p class="aside">${WHERE_YOU_ARE_ASIDE}</p>`;

  return html`<section aria-labelledby="journey">
    <h2 id="journey">${HEADINGS.journey}</h2>
    ${intro}
    <figure class="chart">
      ${stageTimelineChart(stageSpans(data), data.from, data.to)}
      <figcaption>${CAPTIONS.stages}</figcaption>
    </figure>
    ${changeList}
    <div class="keep">
      <h3>${HEADINGS.whereYouAre}</h3>
      ${whereYouAre}
    </div>
  </section>`;
}

function moodSection(data: ReportData, voice: Voice): Markup {
  const { days, emotions } = data.mood;
  if (days.length === 0) {
    return html`<section aria-labelledby="mood">
      <h2 id="mood">${HEADINGS.mood}</h2>
      <p>${NO_MOOD}</p>
    </section>`;
  }
  const spans = stageSpans(data);
  const trend = html`<figure class="chart">
    ${moodTrendChart(days, data.from, data.to, spans)}
    <figcaption>
      ${moodTrendCaption(
        moodRollingLine(days, data.from, data.to).some((v) => v !== null),
        spans.length > 1,
      )}
    </figcaption>
  </figure>`;
  const calendar = html`<h3>${HEADINGS.calendar}</h3>
    ${join(moodCalendarCharts(days, data.from, data.to))}
    <div class="chart">${moodCalendarLegend()}</div>`;

  // Different emotions named in the person's own words (each left out whatever its count).
  const ownWords = emotions.filter((e) => e.isOwnWord).length;
  const shown = emotions.filter((e) => voice.includesText || !e.isOwnWord).slice(0, 10);
  const emotionTable =
    emotions.length === 0
      ? html``
      : html`<div class="keep">
          <h3>${emotionsHeading(shown.map((e) => e.count))}</h3>
          <table>
            <thead>
              <tr>
                <th>${COLUMNS.emotion}</th>
                <th class="number">${COLUMNS.entries}</th>
              </tr>
            </thead>
            <tbody>
              ${join(
                shown.map(
                  (e) =>
                    html`<tr>
                      <td class="own">${e.isOwnWord ? voice.own(e.tag) : e.tag}</td>
                      <td class="number">${e.count}</td>
                    </tr>`,
                ),
              )}
            </tbody>
          </table>
          ${!voice.includesText && ownWords > 0 ? html`<p class="muted">${ownWordsLeftOut(ownWords)}</p>` : ''}
        </div>`;

  return html`<section aria-labelledby="mood">
    <h2 id="mood">${HEADINGS.mood}</h2>
    ${trend}${calendar}${emotionTable}
  </section>`;
}

function habitsSection(data: ReportData, voice: Voice): Markup {
  const habits = data.habits.filter(
    (h) =>
      h.createdDay <= data.to &&
      (h.archivedDay === null ||
        h.archivedDay >= data.from ||
        h.records.some((r) => r.day >= data.from)),
  );
  if (habits.length === 0) {
    return html`<section aria-labelledby="habits">
      <h2 id="habits">${HEADINGS.habits}</h2>
      <p>${NO_HABITS}</p>
    </section>`;
  }
  const named = habits.map((h) => ({
    habit: h,
    name: habitName(h, data.habits.indexOf(h), voice),
  }));
  const inPeriod = (day: string) => day >= data.from && day <= data.to;
  // A habit to build counts its check-ins; a habit to break counts the days it was kept.
  const inPeriodCount = (habit: HabitData) =>
    habit.kind === 'break'
      ? daysKept(habit, data.from, data.to)
      : habit.records.filter((r) => inPeriod(r.day) && !r.isSkip).length;
  const overview = html`<table class="keep">
    <thead>
      <tr>
        <th>${COLUMNS.habit}</th>
        <th>${COLUMNS.goal}</th>
        <th class="number">${COLUMNS.inThisPeriod}</th>
        <th class="number">${COLUMNS.strengthAtEnd}</th>
      </tr>
    </thead>
    <tbody>
      ${join(
        named.map(
          ({ habit, name }) =>
            html`<tr>
              <td class="own">${name}</td>
              <td>${goalText(habit.kind, habit.targetCount, habit.period)}</td>
              <td class="number">${habitCountText(habit.kind, inPeriodCount(habit))}</td>
              <td class="number">${strengthPercent(strengthAtEnd(habit, data.to))}%</td>
            </tr>`,
        ),
      )}
    </tbody>
  </table>`;
  const namingNote = voice.includesText ? '' : html`<p class="muted">${HABIT_NAMES_LEFT_OUT}</p>`;
  const panels = named.map(({ habit, name }) => {
    return html`<div class="habit">
      <div class="habit-title">
        <h3>${name}</h3>
        <span class="muted"
          >${habitKindWords(habit.kind)}:
          ${goalText(habit.kind, habit.targetCount, habit.period)}${habit.archivedDay !== null && habit.archivedDay <= data.to ? archivedOn(shortDate(habit.archivedDay)) : ''}</span
        >
      </div>
      <figure class="chart">${habitPanelChart(habit, data.from, data.to)}</figure>
    </div>`;
  });
  return html`<section aria-labelledby="habits">
    <div class="keep">
      <h2 id="habits">${HEADINGS.habits}</h2>
      <p>${HABITS_INTRO}</p>
      ${overview}
    </div>
    ${namingNote}${join(panels)}
  </section>`;
}

/** Counts per choice of one contact question, every choice the domain has, then "Not said". */
function contactTable<K extends string>(
  question: string,
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  countOf: (key: K | null) => number,
): Markup {
  const rows = [
    ...keys.map((k) => ({ label: labels[k], n: countOf(k) })),
    { label: NOT_SAID, n: countOf(null) },
  ].filter((r) => r.n > 0);
  return html`<table class="keep contact-table">
    <thead>
      <tr>
        <th>${question}</th>
        <th class="number">${COLUMNS.contacts}</th>
      </tr>
    </thead>
    <tbody>
      ${join(
        rows.map(
          (r) =>
            html`<tr>
              <td>${r.label}</td>
              <td class="number">${r.n}</td>
            </tr>`,
        ),
      )}
    </tbody>
  </table>`;
}

function communicationSection(data: ReportData): Markup {
  const { groups } = data.communication;
  const total = groups.reduce((s, g) => s + g.entries, 0);
  if (total === 0) {
    return html`<section aria-labelledby="communication">
      <h2 id="communication">${HEADINGS.communication}</h2>
      <p>${NO_COMMUNICATION}</p>
    </section>`;
  }
  const ratings = groups.reduce((s, g) => s + g.ratings, 0);
  const ratingSum = groups.reduce((s, g) => s + g.ratingSum, 0);
  // Each day's average answer, oldest first: enough days say the movement an average hides.
  const byDay = new Map<string, { sum: number; n: number }>();
  for (const g of groups) {
    if (g.ratings === 0) continue;
    const d = byDay.get(g.day) ?? { sum: 0, n: 0 };
    byDay.set(g.day, { sum: d.sum + g.ratingSum, n: d.n + g.ratings });
  }
  const daily = [...byDay].map(([day, d]) => ({ day, value: d.sum / d.n }));
  // The app's one trend (least squares, one value per day); null under TREND_MIN_POINTS days.
  const line = leastSquaresMovement(daily, { min: 1, max: 5 });
  const moved = line ? movementInWords(line, ' out of 5') : null;
  // A falling self-rating, or one below the middle of the scale, can land as a verdict: said
  // once, kindly, beside the number.
  const average = ratings > 0 ? ratingSum / ratings : 0;
  const fell = movedWay(line, -1) || (ratings > 0 && average < HANDLED_IT_MIDDLE);
  const ratingText = handledItText(ratings, ratingSum / ratings, moved);
  const rating =
    ratings > 0 ? html`<p>${fell ? `${ratingText} ${LOWER_RATINGS}` : ratingText}</p>` : '';
  const contact = groups.filter((g) => g.isContactWithEx);
  const contactTotal = contact.reduce((s, g) => s + g.entries, 0);
  const sum = (list: typeof contact) => list.reduce((s, g) => s + g.entries, 0);
  const contactPart =
    contactTotal === 0
      ? html`<h3>${HEADINGS.contact}</h3>
          <p>${NO_CONTACT}</p>`
      : html`<div class="keep">
            <h3>${HEADINGS.contact}</h3>
            <p>${contactsLogged(contactTotal)}</p>
            <div class="contact-tables">
              ${contactTable(WHAT_BROUGHT_IT_ABOUT, CONTACT_CONTEXTS, CONTACT_CONTEXT_LABELS, (k) =>
                sum(contact.filter((g) => g.contactContext === k)),
              )}${contactTable(WHO_REACHED_OUT_FIRST, INITIATORS, REACHED_OUT_FIRST_WORDS, (k) =>
                sum(contact.filter((g) => g.initiatedBy === k)),
              )}
            </div>
          </div>
          <figure class="chart">
            ${contactToneChart(groups, data.from, data.to)}
            <figcaption>${CAPTIONS.contactTone}</figcaption>
          </figure>`;

  return html`<section aria-labelledby="communication">
    <div class="keep">
      <h2 id="communication">${HEADINGS.communication}</h2>
      <p>${conversationsLogged(total)}</p>
      ${rating}
      <h3>${HEADINGS.bySkill}</h3>
      <figure class="chart">
        ${skillOutcomeChart(groups)}
        <figcaption>${CAPTIONS.bySkill}</figcaption>
      </figure>
    </div>
    <h3>${HEADINGS.outcomesOverTime}</h3>
    <figure class="chart">
      ${outcomeOverTimeChart(groups, data.from, data.to)}
      <figcaption>${outcomesOverTimeCaption(bucketUnitFor(data.from, data.to))}</figcaption>
    </figure>
    ${contactPart}
  </section>`;
}

/** One dated entry: the day (and a detail such as the time) on the left, the words on the right. */
function entry(day: string, detail: string | null, text: Markup, tags?: string): Markup {
  return html`<li class="entry">
    <p class="entry-when">
      ${shortDate(day)}${detail === null ? '' : html`<span class="entry-detail">${detail}</span>`}
    </p>
    <div class="entry-body">${tags ? html`<p class="entry-tags">${tags}</p>` : ''}${text}</div>
  </li>`;
}

/**
 * Everything the person wrote in the period, after the charts: mood notes, habit check-in notes
 * and conversation notes. Absent at the summary level.
 */
function ownWordsSection(data: ReportData, voice: Voice): Markup {
  if (!voice.includesText) return html``;
  const moodNotes = data.mood.notes;
  const habitNotes = data.habits.flatMap((h, index) =>
    h.notes.map((n) => ({ ...n, habit: habitName(h, index, voice) })),
  );
  habitNotes.sort((a, b) => a.day.localeCompare(b.day));
  const talks = data.communication.notes;
  if (moodNotes.length + habitNotes.length + talks.length === 0) return html``;
  const text = (t: string) => html`<p class="entry-text">${lines(voice.own(t))}</p>`;
  const moodPart =
    moodNotes.length === 0
      ? html``
      : html`<h3>${NOTE_HEADINGS.mood}</h3>
          <ul class="entries">
            ${join(moodNotes.map((n) => entry(n.day, `${n.time} · mood ${n.mood}`, text(n.text))))}
          </ul>`;
  const habitPart =
    habitNotes.length === 0
      ? html``
      : html`<h3>${NOTE_HEADINGS.habits}</h3>
          <ul class="entries">
            ${join(habitNotes.map((n) => entry(n.day, null, text(n.text), n.habit)))}
          </ul>`;
  const talkPart =
    talks.length === 0
      ? html``
      : html`<h3>${NOTE_HEADINGS.conversations}</h3>
          <ul class="entries">
            ${join(
              talks.map((n) => {
                const tags = [
                  n.skill === null ? null : SKILL_LABELS[n.skill],
                  counterpartWords(n.counterpart),
                  n.tone ? TONE_LABELS[n.tone].toLowerCase() : null,
                  n.outcome ? OUTCOME_LABELS[n.outcome].toLowerCase() : null,
                ].filter((p): p is string => p !== null);
                return entry(
                  n.day,
                  n.time,
                  html`${n.note === null ? '' : text(n.note)}${n.doDifferently === null ? '' : html`<p class="entry-text"><span class="entry-label">${NEXT_TIME}</span>${lines(voice.own(n.doDifferently))}</p>`}`,
                  tags.join(' · '),
                );
              }),
            )}
          </ul>`;
  return html`<section class="major" aria-labelledby="own-words">
    <h2 id="own-words">${HEADINGS.ownWords}</h2>
    <p class="muted lead-in">
      ${ownWordsIntro(data.privacy === 'therapist' && data.redactions.length > 0)}
    </p>
    ${moodPart}${habitPart}${talkPart}
  </section>`;
}

/** "rightReasons" and "right_reasons" both read "Right reasons". */
export function humanise(key: string): string {
  const words = key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    // A key names a thing, so "check in" is the noun: "Weekly check-in", as the app says it.
    .replace(/\bcheck in\b/g, 'check-in');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A reflection's saved answers, whatever their shape, as text (escaped by `html`). */
function answersMarkup(value: unknown, voice: Voice, depth = 0): Markup {
  if (value === null || value === undefined || value === '')
    return html`<span class="muted">${NO_ANSWER}</span>`;
  if (typeof value === 'string') return lines(voice.own(value));
  if (typeof value === 'number') return html`${String(value)}`;
  if (typeof value === 'boolean') return html`${value ? 'Yes' : 'No'}`;
  if (depth >= 4) return html`${voice.own(JSON.stringify(value))}`;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.every((v) => typeof v !== 'object' || v === null)) {
      return html`${items.map((v) => (typeof v === 'string' ? voice.own(v) : String(v))).join(', ')}`;
    }
    return html`<ul class="plain">
      ${join(items.map((v) => html`<li>${answersMarkup(v, voice, depth + 1)}</li>`))}
    </ul>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return html`<dl class="answers">
      ${join(
        entries.map(
          ([k, v]) =>
            html`<dt>${voice.own(humanise(k))}</dt>
              <dd>${answersMarkup(v, voice, depth + 1)}</dd>`,
        ),
      )}
    </dl>`;
  }
  return html``;
}

/**
 * An honest reflection as the person answered it: each question with the words of the choice they
 * picked (never a stored key such as "some_days"), and their note in their own words.
 */
function honestAnswersMarkup(answers: HonestReflectionAnswers, voice: Voice): Markup {
  const chosen = HONEST_QUESTIONS.map((q) => {
    const words: Readonly<Record<string, string>> = HONEST_QUESTION_WORDS[q].choices;
    return html`<dt>${HONEST_QUESTION_WORDS[q].question}</dt>
      <dd>${words[answers[q]] ?? answers[q]}</dd>`;
  });
  const note =
    answers.note === null
      ? html``
      : html`<dt>${REFLECTION_NOTE_HEADING}</dt>
          <dd>${lines(voice.own(answers.note))}</dd>`;
  return html`<dl class="answers asked">${join(chosen)}${note}</dl>`;
}

/** One question and its answer, or "Not answered" when it was left for later. */
function answerRow(question: string, answer: Markup | string | null): Markup {
  return html`<dt>${question}</dt>
    <dd>${answer ?? html`<span class="muted">${WORKSHEET_WORDS.notAnswered}</span>`}</dd>`;
}

/**
 * A Decide worksheet as the person filled it in: each question with the words of the answer they
 * chose (never "them" or "incompatibility"), the habits picked with their evidence as it stood the
 * day they were picked, the note in their own words, what the worksheet suggested and the path
 * chosen, with its day.
 */
function worksheetMarkup(answers: WorksheetAnswers, voice: Voice): Markup {
  const dealBreakers =
    answers.dealBreakers === null
      ? null
      : answers.dealBreakers.length === 0
        ? NONE_OF_THESE
        : answers.dealBreakers.map((d) => DEAL_BREAKER_LABELS[d]).join(', ');
  // Asked only when both were at fault; shown whenever it was answered.
  const willing =
    answers.fault === 'both' || answers.willingToTalk !== null
      ? answerRow(
          WILLING_LEGEND,
          answers.willingToTalk === null ? null : WILLING_LABELS[answers.willingToTalk],
        )
      : html``;
  const evidence =
    answers.evidence.length === 0
      ? html`<span class="muted">${WORKSHEET_WORDS.noHabitsPicked}</span>`
      : html`<ul class="plain">
          ${join(
            answers.evidence.map(
              (e) =>
                html`<li>
                  <span class="own">${voice.own(e.name)}</span>
                  (${describeTarget(e.kind, e.targetCount, e.period)}):
                  ${evidenceWords(
                    e.kind,
                    e.keptLately.hasStarted ? strengthPercent(e.strength) : null,
                    e.keptLately,
                    longDate(e.asOfDay),
                  )}
                </li>`,
            ),
          )}
        </ul>`;
  const note =
    answers.changeNote === null || answers.changeNote.trim() === ''
      ? html``
      : answerRow(CHANGE_NOTE_LABEL, lines(voice.own(answers.changeNote)));
  const suggested = suggestPath(answers).path;
  const chosen = answers.choice;
  // Safety is asked first in the app, so it is read first here too; "has your ex asked for no
  // contact" only when it was answered (worksheets kept before it was asked have no answer).
  const noContact =
    answers.askedNoContact === null
      ? html``
      : answerRow(NO_CONTACT_LEGEND, NO_CONTACT_LABELS[answers.askedNoContact]);
  return html`<dl class="answers asked">
    ${answerRow(SAFETY_LEGEND, answers.safety === null ? null : SAFETY_LABELS[answers.safety])}
    ${noContact}
    ${answerRow(FAULT_LEGEND, answers.fault === null ? null : FAULT_LABELS[answers.fault])}
    ${answerRow(DEAL_BREAKERS_LEGEND, dealBreakers)}${willing}
    ${answerRow(CHANGES_LEGEND, evidence)}${note}
    ${answerRow(
      WORKSHEET_WORDS.suggested,
      suggested === null ? WORKSHEET_WORDS.suggestedNeither : PATH_LABELS[suggested],
    )}
    ${answerRow(
      WORKSHEET_WORDS.pathChosen,
      chosen === null
        ? WORKSHEET_WORDS.noPathChosen
        : WORKSHEET_WORDS.chosenOn(PATH_LABELS[chosen.path], longDate(chosen.day)),
    )}
  </dl>`;
}

/**
 * An apology draft: where it stands (a draft, ready, or given and answered, in words and with the
 * day the answer came), then its three parts under their headings, in the person's own words.
 */
function apologyDraftMarkup(draft: ApologyAnswers, voice: Voice): Markup {
  const { outcome } = draft;
  const status =
    outcome !== null
      ? html`${APOLOGY_STATUS_GIVEN}.
        ${DRAFT_WORDS.answered(answerSentence(outcome.answer), longDate(outcome.day))}
        ${AFTER_APOLOGY_ANSWER[outcome.answer]}`
      : draft.readyAt !== null
        ? DRAFT_WORDS.ready
        : DRAFT_WORDS.draft;
  const parts = APOLOGY_PARTS.map((part) =>
    answerRow(
      APOLOGY_PART_LABELS[part],
      draft[part].trim() === ''
        ? html`<span class="muted">${DRAFT_WORDS.notWritten}</span>`
        : lines(voice.own(draft[part])),
    ),
  );
  return html`<dl class="answers asked">
    ${answerRow(DRAFT_WORDS.status, status)}${join(parts)}
  </dl>`;
}

/**
 * A reflection's answers in the words the app asked them with: the honest reflection, a Decide
 * worksheet and an apology draft each in their own words; any other kind, or answers this version
 * cannot read (a row edited by hand in an imported file), as saved.
 */
function reflectionMarkup(kind: string, answers: unknown, voice: Voice): Markup {
  if (kind === HONEST_REFLECTION_KIND) {
    const honest = readHonestAnswers(answers);
    if (honest !== null) return honestAnswersMarkup(honest, voice);
  }
  if (kind === DECIDE_WORKSHEET_KIND) {
    const worksheet = worksheetAnswersSchema.safeParse(answers);
    if (worksheet.success) return worksheetMarkup(worksheet.data, voice);
  }
  if (kind === APOLOGY_DRAFT_KIND) {
    const draft = apologyAnswersSchema.safeParse(answers);
    if (draft.success) return apologyDraftMarkup(draft.data, voice);
  }
  return answersMarkup(answers, voice);
}

/** A kind of reflection in words: "Decide worksheet", or the stored key made readable. */
function kindWords(kind: string): string {
  return REFLECTION_KIND_LABELS[kind] ?? humanise(kind);
}

function reflectionsSection(data: ReportData, voice: Voice): Markup {
  const { reflections } = data;
  if (reflections.length === 0) {
    return html`<section aria-labelledby="reflections">
      <h2 id="reflections">${HEADINGS.reflections}</h2>
      <p>${NO_REFLECTIONS}</p>
    </section>`;
  }
  if (!voice.includesText) {
    const kinds = new Map<string, { count: number; first: string; last: string }>();
    for (const r of reflections) {
      const k = kinds.get(r.kind);
      kinds.set(
        r.kind,
        k ? { ...k, count: k.count + 1, last: r.day } : { count: 1, first: r.day, last: r.day },
      );
    }
    return html`<section aria-labelledby="reflections">
      <h2 id="reflections">${HEADINGS.reflections}</h2>
      <p>${reflectionsLeftOut(reflections.length)}</p>
      <table>
        <thead>
          <tr>
            <th>${COLUMNS.reflection}</th>
            <th class="number">${COLUMNS.written}</th>
            <th>${COLUMNS.first}</th>
            <th>${COLUMNS.last}</th>
          </tr>
        </thead>
        <tbody>
          ${join(
            [...kinds].map(
              ([kind, k]) =>
                html`<tr>
                  <td>${kindWords(kind)}</td>
                  <td class="number">${k.count}</td>
                  <td>${shortDate(k.first)}</td>
                  <td>${shortDate(k.last)}</td>
                </tr>`,
            ),
          )}
        </tbody>
      </table>
    </section>`;
  }
  return html`<section aria-labelledby="reflections">
    <h2 id="reflections">${HEADINGS.reflections}</h2>
    <ul class="entries">
      ${join(
        reflections.map((r) =>
          entry(
            r.day,
            null,
            reflectionMarkup(r.kind, r.answers, voice),
            `${kindWords(r.kind)}${r.stage ? ` · ${STAGE_LABELS[r.stage]}` : ''}`,
          ),
        ),
      )}
    </ul>
  </section>`;
}

/** The title and the running header of the PDF: the period, and nothing private. */
export function reportTitle(from: string, to: string): string {
  return `Mending progress report, ${periodText(from, to)}`;
}

/** Builds the whole document. Pure: the same data always gives the same string. */
export function buildReportHtml(data: ReportData): string {
  const voice = voiceFor(data);
  // Landmarks as in any page: the cover is the banner, the sections the main content (so a
  // screen reader can jump past the cover), and the closing line the footer.
  const body = html`${cover(data)}
    <main>
      ${summarySection(data)}${journeySection(data, voice)}${moodSection(data, voice)}${habitsSection(data, voice)}${communicationSection(data)}${reflectionsSection(data, voice)}${ownWordsSection(data, voice)}
    </main>
    <footer>${footerText(longDate(data.from), longDate(data.to))}</footer>`;
  const document = html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${reportTitle(data.from, data.to)}</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        ${body}
      </body>
    </html> `;
  return document.markup;
}
