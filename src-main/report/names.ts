/**
 * Proposes the words in a person's notes that look like names of people, for the therapist
 * report's redaction list. A proposal only: the person checks and edits the list, because no
 * heuristic knows that "Rose" is a friend and "Tuesday" is not. Scripts without capital letters
 * (Arabic, Hebrew, Chinese...) give no proposals; the person adds those names by hand.
 */
import { PATH_LABELS, STAGE_LABELS } from '../shared/domain/stages';

/** A word: letters (with their accents), inner apostrophes and hyphens ("O'Neil", "Jean-Luc"). */
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
/** Starts with a capital and has a small letter after it: "Sam", not "I", "OK" or "sam". */
const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’-]*\p{Ll}/u;
/** A sentence ends with one of these, so the next word is capitalised anyway. */
const SENTENCE_END = /[.!?…:;"“”()\n\r]\s*$|^\s*$/u;

/**
 * Capitalised words that are not names, in lower case. Kept short and common: days, months,
 * pronouns, words that often start a sentence, and the app's own words.
 * voice-exempt: words the name finder skips, never shown to anyone.
 */
const NOT_NAMES = new Set(
  (
    'i im ive ill id me my mine myself we us our ours you your yours he him his she her hers they them their theirs it its ' +
    'a an the this that these those there here then than so and but or nor yet if when while because since after before ' +
    'what who whom whose which why how where yes no not ok okay maybe today tonight tomorrow yesterday morning evening night ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december mom mum dad mother father mama papa grandma grandpa granny sister brother aunt uncle ' +
    'ex boyfriend girlfriend partner husband wife friend friends work school home christmas easter ' +
    'felt feel feeling had have has was were am is are be been do did does done got get went go going ' +
    'just still also really very too again almost always never sometimes every each all some any most much many more less ' +
    'one two three first last next new old good bad great better best fine hard easy long short little big ' +
    'thank thanks please sorry hello hi hey dear love lots talked called texted met saw said told asked wanted need ' +
    'dr mr mrs ms mx miss sir madam prof ' +
    'mending habit habits mood note notes'
  ).split(' '),
);

/**
 * The journey's own names, in lower case: the app writes them into the reasons it keeps for the
 * moves it makes ("From your Decide worksheet of 3 December 2026: you chose Reconcile."), where
 * they stand capitalised mid-sentence exactly like a person's name.
 */
const JOURNEY_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(STAGE_LABELS), ...Object.values(PATH_LABELS)].flatMap((label) =>
    label
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word !== ''),
  ),
);

/** Lower case without apostrophes, so "I'm" and "Im" are the same entry in `NOT_NAMES`. */
function stopKey(word: string): string {
  return word.toLowerCase().replace(/['’]/g, '');
}

interface Tally {
  display: string;
  total: number;
  midSentence: number;
  /** Where the word was first seen, so ties keep the order of the notes on every computer. */
  firstSeen: number;
}

/**
 * Words from `texts` that look like names: capitalised, not a common word, and seen capitalised in
 * the middle of a sentence at least once (a word that is capitalised only where every word is, at
 * the start of a sentence, tells nothing). The most frequent come first; at most `limit`.
 */
export function proposeNames(texts: Iterable<string>, limit = 60): string[] {
  const tallies = new Map<string, Tally>();
  for (const raw of texts) {
    const text = raw.normalize('NFC');
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const stop = stopKey(word);
      if (!CAPITALISED.test(word) || NOT_NAMES.has(stop) || JOURNEY_WORDS.has(stop)) continue;
      // "Sam's" is Sam.
      const name = word.replace(/['’]s$/u, '');
      const key = name.toLowerCase();
      const startsSentence = SENTENCE_END.test(
        text.slice(Math.max(0, match.index - 3), match.index),
      );
      const tally = tallies.get(key) ?? {
        display: name,
        total: 0,
        midSentence: 0,
        firstSeen: tallies.size,
      };
      tally.total += 1;
      if (!startsSentence) tally.midSentence += 1;
      tallies.set(key, tally);
    }
  }
  return [...tallies.values()]
    .filter((t) => t.midSentence > 0)
    .sort((a, b) => b.total - a.total || a.firstSeen - b.firstSeen)
    .slice(0, limit)
    .map((t) => t.display);
}
