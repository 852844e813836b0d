/**
 * The places a person can go, in the order the sidebar shows them. Here in shared (not in the
 * renderer) because the menu's View › Go to … items and their CmdOrCtrl+1…9 keys follow the same
 * order (shortcuts.ts), so the sidebar, the menu and the keys cannot disagree.
 */
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

/** A section listed in the sidebar. */
export type SidebarSectionId = (typeof SECTIONS)[number]['id'];
