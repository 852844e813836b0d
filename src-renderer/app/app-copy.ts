/**
 * The words of the app's frame: the skip link and the sidebar, kept together so a reader can check
 * them in one sitting. Every sentence about privacy here is literally true: the
 * app sends nothing (src-main/app/network-block.ts refuses every request that would leave the
 * computer), and what the person saves (reports, exports, backups they copy) are ordinary files.
 */
export const SKIP_TO_PAGE = 'Skip to the page';

/** Shown only when a screen takes a noticeable while to open the first time. */
export const OPENING_SCREEN = 'Opening…';

/**
 * Under the sections (wide) or at the foot of every page (narrow, where the top bar has no room):
 * what the app does with the data, and what the person's files are. Saved reports and exports are
 * plain files with no password, so the note says who can read them.
 */
export const SIDEBAR_PRIVACY =
  'Mending never sends anything anywhere. What you record, and its backups, are kept on this ' +
  'computer, not encrypted. Reports and exports you save are files you can move or share, not ' +
  'encrypted: anyone who can open your files can read them.';
