import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

/** Something that was just done, with the way to take it back. */
export interface UndoableAction {
  /** What happened, in a few plain words: "Mood entry deleted." */
  readonly message: string;
  /** Puts things back exactly as they were; resolves to an error message, or null when undone. */
  readonly undo: () => Promise<string | null>;
}

interface UndoContextValue {
  /** Shows the message with an Undo button, replacing any earlier offer. */
  readonly offerUndo: (action: UndoableAction) => void;
  /** Tells the person something, with nothing to undo. */
  readonly announce: (message: string) => void;
  /**
   * Empties the line: a save that failed must not sit beside an earlier "Saved." (and its Undo),
   * which would read as if this one had been saved too.
   */
  readonly clear: () => void;
}

interface UndoLineValue {
  readonly message: string;
  readonly offer: UndoableAction | null;
  readonly isUndoing: boolean;
  readonly undo: () => void;
  readonly dismiss: () => void;
  /** Says a screen shows the line itself; returns the way to say it no longer does. */
  readonly place: () => () => void;
}

/**
 * Where the App's Undo command (Ctrl+Z outside a text box, Edit › Undo) finds the Undo that the
 * screen on view offers. The App holds one slot; the screen's provider fills it while its Undo
 * button is on offer, so the keys and the menu do exactly what that button does.
 */
export interface UndoSlot {
  /** Puts `undo` in the slot; returns the way to take it out again. */
  readonly hold: (undo: () => void) => () => void;
  /** Does the Undo on offer; nothing when none is. */
  readonly run: () => void;
}

export function createUndoSlot(): UndoSlot {
  let current: (() => void) | null = null;
  return {
    hold(undo) {
      current = undo;
      return () => {
        if (current === undo) current = null;
      };
    },
    run() {
      current?.();
    },
  };
}

export const UndoSlotContext = createContext<UndoSlot | null>(null);

const UndoContext = createContext<UndoContextValue | null>(null);
const UndoLineContext = createContext<UndoLineValue | null>(null);

/**
 * Where a screen says what it just saved or removed, with an Undo button. The App gives each
 * section its own provider (keyed by the section), so an offer never follows the person to another
 * screen, where its Undo would take back something they cannot see. The offer stays until the next
 * action replaces it or the person closes it: no timer to race.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<UndoableAction | null>(null);
  const [message, setMessage] = useState('');
  const [isUndoing, setIsUndoing] = useState(false);
  const [placed, setPlaced] = useState(0);
  const place = useCallback(() => {
    setPlaced((n) => n + 1);
    return () => setPlaced((n) => n - 1);
  }, []);

  const offerUndo = useCallback((action: UndoableAction) => {
    setOffer(action);
    setMessage(action.message);
  }, []);
  const announce = useCallback((text: string) => {
    setOffer(null);
    setMessage(text);
  }, []);
  const clear = useCallback(() => {
    setOffer(null);
    setMessage('');
  }, []);
  const value = useMemo(() => ({ offerUndo, announce, clear }), [offerUndo, announce, clear]);

  const line = useMemo<UndoLineValue>(
    () => ({
      message,
      offer,
      isUndoing,
      undo: () => {
        if (!offer) return;
        setIsUndoing(true);
        void offer.undo().then((problem) => {
          setIsUndoing(false);
          setOffer(null);
          setMessage(problem ?? 'Undone: everything is as it was.');
        });
      },
      dismiss: clear,
      place,
    }),
    [message, offer, isUndoing, place, clear],
  );

  // While the Undo button is on offer (and not already at work), the keys and the menu reach it.
  const slot = useContext(UndoSlotContext);
  const canUndo = offer !== null && !isUndoing;
  const undoOnOffer = line.undo;
  useEffect(
    () => (slot && canUndo ? slot.hold(undoOnOffer) : undefined),
    [slot, canUndo, undoOnOffer],
  );

  return (
    <UndoContext.Provider value={value}>
      <UndoLineContext.Provider value={line}>
        {children}
        {/* A part shown on its own (a card in a test, say) still says what happened, after it. */}
        {placed === 0 && <UndoMessage isPlacedByProvider />}
      </UndoLineContext.Provider>
    </UndoContext.Provider>
  );
}

/**
 * The message line, placed by each screen in its own flow under its heading: it pushes nothing
 * over anything (never `position: fixed` over fields or the report's own status), and its space is
 * kept while empty so that controls do not jump when a message appears.
 */
export function UndoMessage({ isPlacedByProvider = false }: { isPlacedByProvider?: boolean }) {
  const line = useContext(UndoLineContext);
  if (!line) throw new Error('UndoMessage must be used inside <UndoProvider>.');
  const { message, offer, isUndoing, undo, dismiss, place } = line;
  useEffect(() => (isPlacedByProvider ? undefined : place()), [isPlacedByProvider, place]);
  return (
    <div className="undo-line">
      <div className={message ? 'toast' : 'toast empty'} role="status" aria-live="polite">
        <span>{message}</span>
        {offer && (
          <button type="button" className="button" onClick={undo} disabled={isUndoing}>
            Undo
          </button>
        )}
        {message && (
          <button
            type="button"
            className="button quiet"
            aria-label="Dismiss message"
            onClick={dismiss}
          >
            ×
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * Empties the screen's message line, or does nothing where there is none (a form shown on its own).
 * The form kit calls it whenever it shows a refusal, so no form anywhere shows a failure beside an
 * earlier "Saved.".
 */
export function useClearUndoLine(): () => void {
  const value = useContext(UndoContext);
  return value?.clear ?? doNothing;
}

function doNothing(): void {
  // No message line to empty.
}

export function useUndo(): UndoContextValue {
  const value = useContext(UndoContext);
  if (!value) throw new Error('useUndo must be used inside <UndoProvider>.');
  return value;
}
