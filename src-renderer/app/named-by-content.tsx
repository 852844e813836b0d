import { Fragment, type ReactNode } from 'react';

/** A piece of text a sighted person sees, and the class that styles it. */
export interface VisiblePart {
  readonly text: string;
  readonly className: string;
}

/**
 * The words around each visible part, so that the parts, read in order with the hidden words
 * between them, say exactly `label`; null when a part does not appear in the label in order.
 * A part matches only as a whole word or number ("3" is not found inside "13" or "3.5", nor "Mon"
 * inside "Monday": a name read as "Mon day" would be worse than one that differs from the screen).
 */
export function wordsAround(label: string, parts: readonly string[]): string[] | null {
  const around: string[] = [];
  let rest = label;
  for (const part of parts) {
    const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = new RegExp(`(?<![\\p{L}\\p{N}.])${escaped}(?![\\p{L}\\p{N}]|\\.\\d)`, 'u').exec(
      rest,
    );
    if (found === null) return null;
    around.push(rest.slice(0, found.index));
    rest = rest.slice(found.index + part.length);
  }
  around.push(rest);
  return around;
}

/**
 * Content whose accessible name is `label` and contains what is on screen, in order: the visible
 * parts stay as they are and the words between them are there for screen readers only. An
 * `aria-label` would replace what is seen ("3", "5.5") with other words, which speech control
 * cannot match (WCAG 2.5.3, axe's label-content-name-mismatch); the element using this must
 * not set one.
 */
export function NamedByContent({
  label,
  parts,
}: {
  label: string;
  parts: readonly VisiblePart[];
}): ReactNode {
  const around = wordsAround(
    label,
    parts.map((p) => p.text),
  );
  if (around === null) {
    // The label does not hold the visible text: it is said as a whole, the visible parts shown only.
    return (
      <>
        <span className="visually-hidden">{label}</span>
        {parts.map((p, i) => (
          <span key={i} className={p.className} aria-hidden="true">
            {p.text}
          </span>
        ))}
      </>
    );
  }
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          <HiddenWords words={around[i] ?? ''} />
          <span className={p.className}>{p.text}</span>
        </Fragment>
      ))}
      <HiddenWords words={around[parts.length] ?? ''} />
    </>
  );
}

/**
 * Words for screen readers, with the spaces around them as text of their own: name computation
 * trims the text of each element (browsers and testing libraries alike), so a space inside the
 * hidden span would be lost and "Tuesday 3" would read "Tuesday3". Spaces between flex items
 * take no room, and a space next to a hidden span collapses with its neighbour.
 */
function HiddenWords({ words }: { words: string }): ReactNode {
  const trimmed = words.trim();
  if (words === '') return null;
  const before = /^\s/.test(words) ? ' ' : '';
  const after = /\s$/.test(words) && trimmed !== '' ? ' ' : '';
  return (
    <>
      {before}
      {trimmed !== '' && <span className="visually-hidden">{trimmed}</span>}
      {after}
    </>
  );
}
