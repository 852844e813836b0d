import { describe, expect, it } from 'vitest';
import { PERCENT_MIN_ITEMS, shareInWords } from '../../src-main/shared/share-words';

describe('shareInWords', () => {
  it('says a share of a handful as a count, never a percentage', () => {
    expect(shareInWords(1, 1)).toBe('1 of 1');
    expect(shareInWords(0, 3)).toBe('0 of 3');
    expect(shareInWords(7, PERCENT_MIN_ITEMS - 1)).toBe('7 of 9');
  });

  it('adds a percentage from ten items on, never without the count it rests on', () => {
    expect(shareInWords(7, 10)).toBe('7 of 10 (70%)');
    expect(shareInWords(15, 17)).toBe('15 of 17 (88%)');
    expect(shareInWords(2, 3 * PERCENT_MIN_ITEMS)).toBe('2 of 30 (7%)');
  });

  it('writes the numbers the way it is told', () => {
    expect(shareInWords(2, 3, (n) => `<${n}>`)).toBe('<2> of <3>');
  });

  it('refuses a share that is not one', () => {
    expect(() => shareInWords(1, 0)).toThrow(RangeError);
    expect(() => shareInWords(4, 3)).toThrow(RangeError);
    expect(() => shareInWords(0.5, 3)).toThrow(RangeError);
  });
});
