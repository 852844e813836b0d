import { describe, expect, it } from 'vitest';
import { wordsAround } from '../../../src-renderer/app/named-by-content';

describe('wordsAround', () => {
  it('finds the date and the average seen in a day’s name, in order', () => {
    expect(
      wordsAround('Tuesday 3 November: average mood 5.5 from 2 entries', ['3', '5.5']),
    ).toEqual(['Tuesday ', ' November: average mood ', ' from 2 entries']);
  });

  it('matches whole numbers and words only', () => {
    expect(wordsAround('Friday 13 November: average mood 3.5', ['3'])).toBeNull();
    expect(wordsAround('Monday', ['Mon'])).toBeNull();
    expect(wordsAround('Monday 2 November 2026: 2 of 3', ['2', '2'])).toEqual([
      'Monday ',
      ' November 2026: ',
      ' of 3',
    ]);
  });

  it('says null when a part is missing, so the caller falls back to the whole name', () => {
    expect(wordsAround('Tuesday 3 November: no entries', ['3', '5.5'])).toBeNull();
  });
});
