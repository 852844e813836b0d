/**
 * Settings a person chooses, with their defaults. Zod-free, so the renderer can import it; the
 * contract (`contract/settings.ts`) validates them.
 */

/** The three situations in which the article says no contact is impossible. */
export const UNAVOIDABLE_SITUATIONS = [
  'children_together',
  'living_together',
  'working_or_studying_together',
] as const;
export type UnavoidableSituation = (typeof UNAVOIDABLE_SITUATIONS)[number];

export const UNAVOIDABLE_SITUATION_LABELS: Readonly<Record<UnavoidableSituation, string>> = {
  children_together: 'We have children together',
  living_together: 'We live together',
  working_or_studying_together: 'We work or study together',
};

/**
 * Where the welcome (onboarding) stands: not shown yet, or finished or skipped, after which it
 * never shows again unless the person asks for it from Settings.
 */
export const WELCOME_STATES = ['not_shown', 'finished', 'skipped'] as const;
export type WelcomeState = (typeof WELCOME_STATES)[number];

/**
 * How the app looks: as the system is set (and following it when it changes), or always light, or
 * always dark. The window's native parts (menus, dialogs, the title bar) follow it too.
 */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'As the system is set',
  light: 'Light',
  dark: 'Dark',
};

/** Every setting a person can change. New settings are added here with a default. */
export interface SettingsValues {
  /** Which of the unavoidable situations apply; none means no contact is possible. */
  readonly unavoidableSituations: readonly UnavoidableSituation[];
  /** Whether the welcome was finished or skipped. */
  readonly welcome: WelcomeState;
  /**
   * The local day the breakup happened, if the person chose to say; the Journey counts time spent
   * healing from it until a first move is recorded.
   */
  readonly breakupDay: string | null;
  /**
   * The person's local day on which the gentle line pointing to Support after a very low entry was
   * last shown (null: never), so it shows at most once a day, across reloads too.
   */
  readonly lowEntrySupportDay: string | null;
  /** Light, dark, or as the system is set. */
  readonly theme: ThemeChoice;
}

export type SettingKey = keyof SettingsValues;

/** The value each setting has until a person changes it. */
export const DEFAULT_SETTINGS: SettingsValues = {
  unavoidableSituations: [],
  welcome: 'not_shown',
  breakupDay: null,
  lowEntrySupportDay: null,
  theme: 'system',
};
