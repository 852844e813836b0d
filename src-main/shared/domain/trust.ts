/**
 * Trust and tension check-ins while taking it slow: the scales a person answers on, once, for the
 * contract, the export's row schema and the screen. Zod-free, so the renderer can import it.
 */

/** Both questions run from 0 ("not at all" / "none") to 10 ("completely" / "a lot"). */
export const TRUST_SCALE_MIN = 0;
export const TRUST_SCALE_MAX = 10;

/** A check-in's note: as long as a mood entry's or a conversation's. */
export const TRUST_NOTE_MAX = 5000;
