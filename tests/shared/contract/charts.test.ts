import { describe, expect, it } from 'vitest';
import { contactPointSchema, practicePointSchema } from '../../../src-main/shared/contract/charts';

/*
 * The per-bucket counts of the practice and contact series: a count for every skill, outcome or
 * tone (and "none"), nothing missing and nothing else, so a bug cannot send a count the chart
 * does not know or leave one out.
 */
const practice = {
  day: '2026-11-23',
  total: 3,
  skills: {
    listening: 1,
    i_statements: 0,
    expressing_a_need: 0,
    apology: 0,
    conflict_resolution: 1,
    setting_a_boundary: 0,
    calm_logistics: 0,
    repair_after_conflict: 0,
    none: 1,
  },
  outcomes: { resolved: 2, partly: 0, not: 0, none: 1 },
};
const contact = {
  day: '2026-11-23',
  total: 2,
  tones: { friendly: 0, civil: 1, tense: 1, hostile: 0, none: 0 },
};

describe('chart counts in the contract', () => {
  it('accepts a count for every key', () => {
    expect(practicePointSchema.parse(practice)).toEqual(practice);
    expect(contactPointSchema.parse(contact)).toEqual(contact);
  });

  it('refuses a missing count, an unknown key and a count that is not a whole number', () => {
    const { apology: _left, ...skillsWithoutOne } = practice.skills;
    expect(practicePointSchema.safeParse({ ...practice, skills: skillsWithoutOne }).success).toBe(
      false,
    );
    expect(
      practicePointSchema.safeParse({
        ...practice,
        outcomes: { ...practice.outcomes, maybe: 1 },
      }).success,
    ).toBe(false);
    expect(
      contactPointSchema.safeParse({ ...contact, tones: { ...contact.tones, tense: 0.5 } }).success,
    ).toBe(false);
  });
});
