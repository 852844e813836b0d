import { describe, expect, it } from 'vitest';
import { checkRequest, placeError } from '../../../src-renderer/forms/form-errors';
import { MOOD_NOTE_MAX } from '../../../src-main/shared/domain/mood';

const FIELDS = { occurredAt: 'when', timeZone: 'when', mood: 'mood', tags: 'tags' } as const;

describe('placeError', () => {
  it('places an error on a field the form shows beside it, by the first part of its path', () => {
    expect(placeError({ code: 'invalid_input', message: 'm', field: 'mood' }, FIELDS)).toEqual({
      field: 'mood',
      message: 'm',
    });
    expect(placeError({ code: 'invalid_input', message: 't', field: 'tags.3' }, FIELDS)).toEqual({
      field: 'tags',
      message: 't',
    });
    expect(placeError({ code: 'invalid_input', message: 'z', field: 'timeZone' }, FIELDS)).toEqual({
      field: 'when',
      message: 'z',
    });
  });

  it('makes an error on a field the form lacks, or on none, the general message', () => {
    expect(placeError({ code: 'not_found', message: 'gone', field: 'id' }, FIELDS)).toEqual({
      field: null,
      message: 'gone',
    });
    expect(placeError({ code: 'internal', message: 'disk' }, FIELDS)).toEqual({
      field: null,
      message: 'disk',
    });
    // Names every object has are not fields.
    expect(placeError({ code: 'invalid_input', message: 'p', field: 'toString' }, FIELDS)).toEqual({
      field: null,
      message: 'p',
    });
    expect(placeError(null, FIELDS)).toBeNull();
  });
});

describe('checkRequest', () => {
  const valid = {
    occurredAt: '2026-11-29T08:30:00.000Z',
    timeZone: 'Europe/Paris',
    mood: 6,
    energy: null,
    hurt: null,
    tags: [],
    note: '',
  };

  it('passes what the contract accepts', () => {
    expect(checkRequest('mood:create', valid)).toBeNull();
  });

  it('answers the contract’s own message and the path of the field to fix', () => {
    expect(checkRequest('mood:create', { ...valid, mood: Number.NaN })).toEqual({
      code: 'invalid_input',
      message: 'Choose a number for your mood, from 1 to 10.',
      field: 'mood',
    });
    expect(checkRequest('mood:create', { ...valid, tags: ['calm', ''] })).toMatchObject({
      field: 'tags.1',
    });
    expect(
      checkRequest('mood:create', { ...valid, note: 'a'.repeat(MOOD_NOTE_MAX + 1) }),
    ).toMatchObject({ field: 'note', message: expect.stringContaining('too long') });
  });

  it('names a rule that spans fields on the field it was put on', () => {
    expect(checkRequest('mood:list', { from: '2026-11-30', to: '2026-11-01' })).toMatchObject({
      field: 'to',
    });
  });
});
