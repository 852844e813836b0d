/** The places a person can go, in the order the sidebar shows them. */
export const SECTIONS = [
  { id: 'today', label: 'Today' },
  { id: 'mood', label: 'Mood' },
  { id: 'habits', label: 'Habits' },
  { id: 'communication', label: 'Communication' },
  { id: 'journey', label: 'Journey' },
  { id: 'insights', label: 'Insights' },
  { id: 'report', label: 'Report' },
  { id: 'settings', label: 'Settings' },
  // Last and set apart, always on show (at narrow widths too), with its own shortcut.
  { id: 'support', label: 'Support', shortcut: 'F1', title: 'Support for a hard night (F1)' },
] as const;

/** Pages opened from elsewhere (the first start, a button in Settings), not listed in the sidebar. */
export const OTHER_PAGES = [{ id: 'welcome', label: 'Welcome' }] as const;

export type SectionId = (typeof SECTIONS)[number]['id'] | (typeof OTHER_PAGES)[number]['id'];

const ALL_PAGES = [...SECTIONS, ...OTHER_PAGES];

/** The section a hash such as `#/communication?new=1` names; anything unknown opens Today. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split('?')[0];
  return ALL_PAGES.find((s) => s.id === id)?.id ?? 'today';
}

/** The name of a section or page, for the window's title. */
export function sectionLabel(id: SectionId): string {
  return ALL_PAGES.find((s) => s.id === id)?.label ?? '';
}
