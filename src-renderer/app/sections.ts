import { SECTIONS } from '../../src-main/shared/sections';

// The sidebar's sections are declared in shared, where the menu and the shortcuts read them too.
export { SECTIONS };

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
