import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../api/use-query';
import { applyThemeToPage } from '../../app/theme';
import {
  THEME_CHOICES,
  THEME_LABELS,
  type ThemeChoice,
} from '../../../src-main/shared/domain/settings';
import {
  ChoiceGroup,
  choicesOf,
  checkRequest,
  FormMessage,
  useFormErrors,
  type FieldMap,
} from '../../forms';
import { APPEARANCE } from './settings-copy';

const FIELDS = { theme: 'theme' } as const satisfies FieldMap<string>;
const CHOICES = choicesOf(THEME_CHOICES, THEME_LABELS);

/**
 * Settings card: light, dark, or as the system is set. A choice shows at once (the page, and the
 * window's own menus and dialogs once the app has it) and is kept in the settings; a refusal puts
 * back the theme that was saved and says why.
 */
export function AppearanceSettings() {
  const api = useApi();
  const id = useId();
  const saved = useQuery('settings:get', (a) => a.call('settings:get', {}));
  /** The choice being saved, shown until the settings are read again. */
  const [pending, setPending] = useState<{
    readonly basis: typeof saved.data;
    readonly theme: ThemeChoice;
  } | null>(null);
  const errors = useFormErrors<'theme'>(FIELDS);
  const theme = pending && pending.basis === saved.data ? pending.theme : saved.data?.theme;

  async function choose(next: ThemeChoice) {
    const input = { theme: next };
    const problem = checkRequest('settings:update', input);
    if (problem) {
      errors.setError(problem);
      return;
    }
    const before = saved.data?.theme;
    setPending({ basis: saved.data, theme: next });
    applyThemeToPage(next);
    const result = await api.call('settings:update', input);
    if (!result.ok) {
      setPending(null);
      if (before !== undefined) applyThemeToPage(before);
      errors.setError(result.error);
      return;
    }
    errors.setError(null);
  }

  return (
    <section className="card appearance" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{APPEARANCE.title}</h2>
      {theme === undefined ? (
        <FormMessage message={saved.error} />
      ) : (
        <>
          <ChoiceGroup
            legend={APPEARANCE.legend}
            choices={CHOICES}
            value={theme}
            onChange={(next) => void choose(next)}
            error={errors.errorOf('theme')}
          />
          <p className="hint settings-hint">{APPEARANCE.hint}</p>
          <FormMessage message={errors.general} />
        </>
      )}
    </section>
  );
}
