import { Fragment, type ReactElement } from 'react';

/**
 * Text a person wrote over several lines, with the breaks kept as `<br>`. Breaks are elements
 * rather than `white-space: pre-wrap`, so nothing about how the sections are laid out in the
 * source can ever add visible space to a note. React escapes the text itself.
 */
export function Lines({ text }: { readonly text: string }): ReactElement {
  const parts = text.split(/\r\n|\r|\n/);
  return (
    <>
      {parts.map((line, i) => (
        // The lines of one text never move, so their place is a stable key.
        <Fragment key={i}>
          {i > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}
