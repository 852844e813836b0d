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
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a hash such as `#/communication?new=1` names; anything unknown opens Today. */
export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '').split('?')[0];
  return SECTIONS.find((s) => s.id === id)?.id ?? 'today';
}
