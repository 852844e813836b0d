import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { useToday } from '../../app/clock';
import { ReadFailure } from '../../app/read-failure';
import { useUndo } from '../../app/undo';
import {
  ChoiceGroup,
  Field,
  FormMessage,
  NOTE_HINT,
  TextField,
  checkRequest,
  choicesOf,
  useFormErrors,
  type FieldMap,
} from '../../forms';
import type { HonestReflection as SavedReflection } from '../../../src-main/shared/ipc-contract';
import {
  ALL_RIGHT_ANSWERS,
  HABITS_ANSWERS,
  HONEST_QUESTION_WORDS,
  HONEST_QUESTIONS,
  MAKES_SENSE_ANSWERS,
  NOT_BEGUN_DAY,
  OVER_THEM_ANSWERS,
  REFLECTION_NOTE_MAX,
  type AllRightAnswer,
  type HabitsAnswer,
  type MakesSenseAnswer,
  type OverThemAnswer,
} from '../../../src-main/shared/journey/honest-reflection';
import * as copy from './journey-copy';

type FieldName = 'day' | 'overThem' | 'habits' | 'allRight' | 'makesSense' | 'note';
const FIELDS: FieldMap<FieldName> = {
  day: 'day',
  overThem: 'overThem',
  habits: 'habits',
  allRight: 'allRight',
  makesSense: 'makesSense',
  note: 'note',
};

interface Draft {
  readonly overThem: OverThemAnswer | '';
  readonly habits: HabitsAnswer | '';
  readonly allRight: AllRightAnswer | '';
  readonly makesSense: MakesSenseAnswer | '';
  readonly note: string;
}

const EMPTY: Draft = { overThem: '', habits: '', allRight: '', makesSense: '', note: '' };
const NO_REFLECTIONS: readonly SavedReflection[] = [];

/** One earlier answering, said back as the questions and the answers chosen. */
function EarlierAnswers({ reflection }: { readonly reflection: SavedReflection }) {
  const api = useApi();
  const { offerUndo, announce } = useUndo();
  const { answers } = reflection;

  async function remove() {
    const removed = await api.call('honest:delete', { id: reflection.id });
    if (!removed.ok) {
      announce(removed.error.message);
      return;
    }
    offerUndo({
      message: copy.REFLECTION_DELETED,
      undo: async () => {
        const back = await api.call('honest:restore', removed.value);
        return back.ok ? null : back.error.message;
      },
    });
  }

  return (
    <li className="honest-earlier">
      <h3>{copy.dayInWords(reflection.day)}</h3>
      <dl className="facts">
        <dt>{HONEST_QUESTION_WORDS.overThem.question}</dt>
        <dd>{HONEST_QUESTION_WORDS.overThem.choices[answers.overThem]}</dd>
        <dt>{HONEST_QUESTION_WORDS.habits.question}</dt>
        <dd>{HONEST_QUESTION_WORDS.habits.choices[answers.habits]}</dd>
        <dt>{HONEST_QUESTION_WORDS.allRight.question}</dt>
        <dd>{HONEST_QUESTION_WORDS.allRight.choices[answers.allRight]}</dd>
        <dt>{HONEST_QUESTION_WORDS.makesSense.question}</dt>
        <dd>{HONEST_QUESTION_WORDS.makesSense.choices[answers.makesSense]}</dd>
        {answers.note !== null && (
          <>
            <dt>{copy.REFLECTION_NOTE_LABEL}</dt>
            <dd className="honest-note">{answers.note}</dd>
          </>
        )}
      </dl>
      <button
        type="button"
        className="button"
        aria-label={copy.deleteReflectionLabel(reflection.day)}
        onClick={() => void remove()}
      >
        {copy.DELETE}
      </button>
    </li>
  );
}

/**
 * The honest reflection (the article's signs that healing has taken hold, and whether getting back
 * together makes sense at all, where any answer counts): answered here, dated, and kept. Each
 * answering is a new row, so earlier ones stay to look back on.
 */
export function HonestReflection() {
  const api = useApi();
  const { day: today } = useToday();
  const { offerUndo } = useUndo();
  const errors = useFormErrors(FIELDS);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  // Null while the person has not picked a day: the form then follows today across midnight.
  const [pickedDay, setPickedDay] = useState<string | null>(null);
  const day = pickedDay ?? today;
  const [isSaving, setIsSaving] = useState(false);
  const list = useQuery('honest:list', (a) => a.call('honest:list', {}));
  const reflections = list.data ?? NO_REFLECTIONS;

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  async function save() {
    const { overThem, habits, allRight, makesSense } = draft;
    if (overThem === '' || habits === '' || allRight === '' || makesSense === '') {
      // The first question left empty is named, in the order the form asks them; nothing is sent.
      const missing = HONEST_QUESTIONS.find((q) => draft[q] === '') ?? 'overThem';
      errors.setError({
        code: 'invalid_input',
        message: HONEST_QUESTION_WORDS[missing].missing,
        field: missing,
      });
      return;
    }
    if (day > today) {
      errors.setError({ code: 'invalid_input', message: NOT_BEGUN_DAY, field: 'day' });
      return;
    }
    const input = { day, overThem, habits, allRight, makesSense, note: draft.note };
    const problem = checkRequest('honest:save', input);
    if (problem) {
      errors.setError(problem);
      return;
    }
    setIsSaving(true);
    const saved = await api.call('honest:save', input);
    setIsSaving(false);
    if (!saved.ok) {
      errors.setError(saved.error);
      return;
    }
    errors.setError(null);
    setDraft(EMPTY);
    setPickedDay(null);
    offerUndo({
      message: copy.reflectionSaved(saved.value.day),
      undo: async () => {
        const removed = await api.call('honest:delete', { id: saved.value.id });
        return removed.ok ? null : removed.error.message;
      },
    });
  }

  return (
    <section className="card honest" aria-labelledby="honest-title">
      <h2 id="honest-title">{copy.REFLECTION_TITLE}</h2>
      <p>{copy.REFLECTION_INTRO}</p>
      <form
        aria-label={copy.REFLECTION_FORM_LABEL}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ChoiceGroup
          legend={HONEST_QUESTION_WORDS.overThem.question}
          choices={choicesOf(OVER_THEM_ANSWERS, HONEST_QUESTION_WORDS.overThem.choices)}
          value={draft.overThem}
          onChange={(overThem) => set({ overThem })}
          error={errors.errorOf('overThem')}
        />
        <ChoiceGroup
          legend={HONEST_QUESTION_WORDS.habits.question}
          choices={choicesOf(HABITS_ANSWERS, HONEST_QUESTION_WORDS.habits.choices)}
          value={draft.habits}
          onChange={(habits) => set({ habits })}
          error={errors.errorOf('habits')}
        />
        <ChoiceGroup
          legend={HONEST_QUESTION_WORDS.allRight.question}
          choices={choicesOf(ALL_RIGHT_ANSWERS, HONEST_QUESTION_WORDS.allRight.choices)}
          value={draft.allRight}
          onChange={(allRight) => set({ allRight })}
          error={errors.errorOf('allRight')}
        />
        <ChoiceGroup
          legend={HONEST_QUESTION_WORDS.makesSense.question}
          hint={<span className="hint">{copy.EITHER_ANSWER_COUNTS}</span>}
          choices={choicesOf(MAKES_SENSE_ANSWERS, HONEST_QUESTION_WORDS.makesSense.choices)}
          value={draft.makesSense}
          onChange={(makesSense) => set({ makesSense })}
          error={errors.errorOf('makesSense')}
        />
        <TextField
          label={copy.REFLECTION_NOTE_LABEL}
          hint={NOTE_HINT}
          max={REFLECTION_NOTE_MAX}
          value={draft.note}
          onChange={(note) => set({ note })}
          rows={3}
          error={errors.errorOf('note')}
        />
        <Field label={copy.REFLECTION_DAY_LABEL} error={errors.errorOf('day')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={day}
              max={today}
              onChange={(e) => setPickedDay(e.target.value)}
            />
          )}
        </Field>
        <FormMessage message={errors.general} />
        <div className="actions">
          <button type="submit" className="button primary" disabled={isSaving}>
            {copy.REFLECTION_SAVE}
          </button>
        </div>
      </form>
      <ReadFailure
        what={copy.REFLECTIONS_UNREAD.what}
        instead={copy.REFLECTIONS_UNREAD.instead}
        message={list.error}
      />
      {reflections.length > 0 && (
        <details className="honest-history">
          <summary>{copy.earlierAnswersLabel(reflections.length)}</summary>
          <ul className="honest-list" aria-label={copy.EARLIER_ANSWERS_LIST}>
            {reflections.map((r) => (
              <EarlierAnswers key={r.id} reflection={r} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
