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

export function sectionFromHash(hash: string): SectionId {
  const id = hash.replace(/^#\/?/, '');
  return SECTIONS.find((s) => s.id === id)?.id ?? 'today';
}
