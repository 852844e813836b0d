import { useId } from 'react';
import { applyThemeToPage } from '../../app/theme';
import {
  THEME_CHOICES,
  THEME_LABELS,
  type ThemeChoice,
} from '../../../src-main/shared/domain/settings';
import { ChoiceGroup, choicesOf, FormMessage, useFormErrors, type FieldMap } from '../../forms';
import { APPEARANCE } from './settings-copy';
import { useInstantSetting } from './use-setting';

const FIELDS = { theme: 'theme' } as const satisfies FieldMap<string>;
const CHOICES = choicesOf(THEME_CHOICES, THEME_LABELS);

/**
 * Settings card: light, dark, or as the system is set. A choice shows at once (the page, and the
 * window's own menus and dialogs once the app has it) and is kept in the settings; a refusal puts
 * back the theme that was saved and says why.
 */
export function AppearanceSettings() {
  const id = useId();
  const setting = useInstantSetting('theme');
  const errors = useFormErrors<'theme'>(FIELDS);
  const theme = setting.value;

  async function choose(next: ThemeChoice) {
    const before = setting.saved;
    applyThemeToPage(next);
    const refused = await setting.save(next, errors.setError);
    if (refused !== null && before !== undefined) applyThemeToPage(before);
  }

  return (
    <section className="card appearance" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{APPEARANCE.title}</h2>
      {theme === undefined ? (
        <FormMessage message={setting.readError} />
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
