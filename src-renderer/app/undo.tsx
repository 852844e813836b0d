import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

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
}

const UndoContext = createContext<UndoContextValue | null>(null);

/**
 * One place where every screen says what it just saved or removed, with an Undo button. The offer
 * stays until the next action replaces it or the person closes it: no timer to race.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<UndoableAction | null>(null);
  const [message, setMessage] = useState('');
  const [isUndoing, setIsUndoing] = useState(false);

  const offerUndo = useCallback((action: UndoableAction) => {
    setOffer(action);
    setMessage(action.message);
  }, []);
  const announce = useCallback((text: string) => {
    setOffer(null);
    setMessage(text);
  }, []);
  const value = useMemo(() => ({ offerUndo, announce }), [offerUndo, announce]);

  async function undo() {
    if (!offer) return;
    setIsUndoing(true);
    const problem = await offer.undo();
    setIsUndoing(false);
    setOffer(null);
    setMessage(problem ?? 'Undone: everything is as it was.');
  }

  return (
    <UndoContext.Provider value={value}>
      {children}
      <div className="toast-region">
        <div className={message ? 'toast' : 'toast empty'} role="status" aria-live="polite">
          <span>{message}</span>
          {offer && (
            <button
              type="button"
              className="button"
              onClick={() => void undo()}
              disabled={isUndoing}
            >
              Undo
            </button>
          )}
          {message && (
            <button
              type="button"
              className="button quiet"
              aria-label="Dismiss message"
              onClick={() => {
                setOffer(null);
                setMessage('');
              }}
            >
              ×
            </button>
          )}
        </div>
      </div>
    </UndoContext.Provider>
  );
}

export function useUndo(): UndoContextValue {
  const value = useContext(UndoContext);
  if (!value) throw new Error('useUndo must be used inside <UndoProvider>.');
  return value;
}
