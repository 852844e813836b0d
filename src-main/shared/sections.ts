/** The key that opens Support from anywhere: F1 types nothing and no menu role uses it. */
export const SUPPORT_KEY = 'F1';

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
  {
    id: 'support',
    label: 'Support',
    shortcut: SUPPORT_KEY,
    title: `Support for a hard night (${SUPPORT_KEY})`,
  },
] as const;

/** A section listed in the sidebar. */
export type SidebarSectionId = (typeof SECTIONS)[number]['id'];
