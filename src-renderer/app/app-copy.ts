/**
 * The words of the app's frame: the skip link and the sidebar, kept together so a reader can check
 * them in one sitting. Every sentence about privacy here is literally true: the
 * app sends nothing (src-main/app/network-block.ts refuses every request that would leave the
 * computer), and what the person saves (reports, exports, backups they copy) are ordinary files.
 */
export const SKIP_TO_PAGE = 'Skip to the page';

/** Under the sections: what the app does with the data, and what the person's files are. */
export const SIDEBAR_PRIVACY =
  'Mending never sends anything anywhere. What you record, and its backups, are kept on this computer, not encrypted. Reports and exports you save are files you can move or share.';
