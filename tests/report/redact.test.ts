import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeNames } from '../../src-main/report/names';
import { createRedactor } from '../../src-main/report/redact';

describe('createRedactor', () => {
  const redact = createRedactor(['Sam', 'Anna Maria', 'José', 'Σοφία', 'O’Neil', 'Zoë']);

  it('replaces whole words in any case, and leaves longer words alone', () => {
    expect(redact('Sam, SAM and sam met Samuel at Sam’s.')).toBe(
      '[name], [name] and [name] met Samuel at [name]’s.',
    );
    expect(redact('Samantha and Osam stay.')).toBe('Samantha and Osam stay.');
  });

  it('hides a longer name whole before a shorter one inside it', () => {
    const both = createRedactor(['Anna', 'Anna Maria']);
    expect(both('Anna Maria called; Anna\nMaria too; Anna alone.')).toBe(
      '[name] called; [name] too; [name] alone.',
    );
  });

  it('matches across Unicode forms and scripts, and never cuts a name off its accent', () => {
    const decomposed = 'Jose\u0301 wrote'; // "José" as "e" plus a combining accent
    expect(redact(decomposed)).toBe('[name] wrote');
    expect(createRedactor(['Jose'])(decomposed)).toBe('José wrote'.normalize('NFC'));
    expect(redact('σοφία και ΣΟΦΊΑ')).toBe('[name] και [name]');
    expect(redact('ZOË and zoë')).toBe('[name] and [name]');
    expect(redact('Dinner at o’neil’s')).toBe('Dinner at [name]’s');
  });

  it('treats names as text, never as patterns', () => {
    const tricky = createRedactor(['a.b', '(x)', '*']);
    expect(tricky('a.b axb (x) x * y')).toBe('[name] axb [name] x [name] y');
    expect(createRedactor(['C++'])('I write C++ and C')).toBe('I write [name] and C');
  });

  it('changes nothing without names', () => {
    expect(createRedactor([])('Sam')).toBe('Sam');
    expect(createRedactor(['  ', ''])('Sam')).toBe('Sam');
  });

  it('leaves no listed name standing as a whole word, whatever the text', () => {
    // "name" itself would be found again inside "[name]".
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ]{2,8}$/).filter((n) => n.toLowerCase() !== 'name');
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(name, fc.constantFrom(' ', ', ', '.', '\n', '-', "'"))),
        (names, pieces) => {
          const text = [...pieces, ...names].join(' ');
          const out = createRedactor(names)(text).toLowerCase();
          for (const n of names) {
            const word = new RegExp(
              `(?<![\\p{L}\\p{M}\\p{N}_])${n.normalize('NFC').toLowerCase()}(?![\\p{L}\\p{M}\\p{N}_])`,
              'u',
            );
            expect(out).not.toMatch(word);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('proposeNames', () => {
  it('proposes capitalised words seen mid-sentence, most frequent first', () => {
    const names = proposeNames([
      'Lunch with Sam. Then Priya called and Sam laughed.',
      'Walked home. Walked again. Today was fine; I’m tired.',
      'Talked to Dr Okafor on Monday in March.',
      'Sam’s birthday is soon.',
    ]);
    expect(names).toEqual(['Sam', 'Priya', 'Okafor']);
  });

  it('proposes nothing from words only capitalised at the start of a sentence, or from common words', () => {
    expect(proposeNames(['Today I walked. Walking helps. OK fine. I Am Here on Monday'])).toEqual(
      [],
    );
  });

  it('finds names in other alphabets with capitals', () => {
    expect(proposeNames(['Встретил Олега вчера', 'καφές με τη Σοφία'])).toEqual(['Олега', 'Σοφία']);
  });

  it('never proposes the journey’s own words, which the app writes into the reasons for its moves', () => {
    expect(
      proposeNames([
        'From your Decide worksheet of 3 December 2026: you chose Reconcile, with Sam.',
        'From your Decide worksheet of 9 December 2026: you chose Move on.',
        'Now in Take it Slow, and Heal & Grow after, and Heal Yourself before. Apologize to Priya.',
      ]),
    ).toEqual(['Sam', 'Priya']);
  });
});
