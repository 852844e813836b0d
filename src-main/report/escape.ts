/**
 * Escaping for the report's HTML. Every piece of text a person typed goes through `escapeHtml`
 * before it is placed in the document, in element content and in attribute values alike, so an
 * entry such as `<img src=x onerror=alert(1)>` is shown as those characters and never parsed.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe to place in element content or in a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * A string of markup the builder made itself. Only this module's `html` tag and the builder's own
 * helpers create one, so user text can reach the document only by being escaped on the way in.
 */
export interface Markup {
  readonly markup: string;
}

/** Marks a string of trusted markup (never anything a person typed). */
export function trusted(markup: string): Markup {
  return { markup };
}

type Interpolation = Markup | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return (value as readonly Interpolation[]).map(render).join('');
  return (value as Markup).markup;
}

/**
 * A template tag for the report's markup: the literal parts are trusted, every interpolated string
 * or number is escaped, and nested `Markup` (from another `html` call) is inserted as it is.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { markup: out };
}

/**
 * Text a person wrote over several lines: each line escaped, the breaks kept as `<br>`. Breaks are
 * markup rather than `white-space: pre-wrap`, so how the report's templates are laid out in the
 * source (prettier formats `html` templates) can never add visible space to a note.
 */
export function lines(text: string): Markup {
  return {
    markup: text
      .split(/\r\n|\r|\n/)
      .map(escapeHtml)
      .join('<br>'),
  };
}

/** Joins markup pieces. */
export function join(parts: readonly Markup[], separator = ''): Markup {
  return { markup: parts.map((p) => p.markup).join(separator) };
}
