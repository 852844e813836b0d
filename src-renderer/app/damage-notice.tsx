import { useMemo, useState, type ReactNode } from 'react';
import { ApiProvider, useApi } from '../api/api-context';
import type { ApiClient } from '../api/api-client';
import { DAMAGE_NOTICE, splitDamageAnswer } from './damage-notice-copy';
import './damage-notice.css';

/**
 * Watches every answer for the code 'damaged' (the data file is damaged, found while the app
 * runs) and then keeps one notice in view above every screen, whatever screen asked: the person
 * should not have to guess from one failed form why others fail too. The main process offers a
 * restart at the same moment; the notice says the same, in case that box was put aside.
 *
 * The advice is said once, in the notice: the screen that asked still learns that its read or
 * save failed (a failed read must never look like "nothing there"), but with a pointer to the
 * notice instead of the same paragraph a second time.
 */
export function DamageWatch({ children }: { children: ReactNode }) {
  const api = useApi();
  const [advice, setAdvice] = useState<string | null>(null);
  const watched = useMemo<ApiClient>(
    () => ({
      async call(channel, input) {
        const result = await api.call(channel, input);
        if (result.ok || result.error.code !== 'damaged') return result;
        const { what, advice: told } = splitDamageAnswer(result.error.message);
        if (told === '') {
          // Not the usual answer: show it whole in the notice, and leave the screen's as it is.
          setAdvice((shown) => shown ?? result.error.message);
          return result;
        }
        setAdvice((shown) => shown ?? told);
        return {
          ...result,
          error: { ...result.error, message: `${what} ${DAMAGE_NOTICE.seeNotice}` },
        };
      },
      dataVersion: () => api.dataVersion(),
      onDataChange: (listener) => api.onDataChange(listener),
    }),
    [api],
  );
  return (
    <ApiProvider api={watched}>
      {advice !== null && (
        <div className="damage-notice" role="alert">
          <p className="damage-notice-title">{DAMAGE_NOTICE.title}</p>
          <p>
            {DAMAGE_NOTICE.cannotReadOrSave} {advice}
          </p>
          <p>{DAMAGE_NOTICE.typedIsKept}</p>
        </div>
      )}
      {children}
    </ApiProvider>
  );
}
