/**
 * How the report prints the person's own words at each privacy level. Privacy is applied here and
 * in the data loader both: at the summary level the loader reads no free text at all, and no
 * section ever asks for any; at the therapist level every piece of text the person wrote passes
 * through the redactor.
 */
import { createRedactor } from './redact';
import { numberedHabit } from './report-copy';
import type { HabitData, ReportData } from './report-data';

export interface Voice {
  /** Their text, redacted at the therapist level; never called at the summary level. */
  readonly own: (text: string) => string;
  readonly includesText: boolean;
}

export function voiceFor(data: ReportData): Voice {
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
export function habitName(habit: HabitData, index: number, voice: Voice): string {
  if (!voice.includesText || habit.name === null) return numberedHabit(index, habit.kind);
  return voice.own(habit.name);
}
