import { useMemo, useState, type ReactNode } from 'react';
import { ApiProvider, useApi } from '../api/api-context';
import type { ApiClient } from '../api/api-client';
import './damage-notice.css';

/**
 * Watches every answer for the code 'damaged' (the data file is damaged, found while the app
 * runs) and then keeps one notice in view above every screen, whatever screen asked: the person
 * should not have to guess from one failed form why others fail too. The main process offers a
 * restart at the same moment; the notice says the same, in case that box was put aside.
 */
export function DamageWatch({ children }: { children: ReactNode }) {
  const api = useApi();
  const [message, setMessage] = useState<string | null>(null);
  const watched = useMemo<ApiClient>(
    () => ({
      async call(channel, input) {
        const result = await api.call(channel, input);
        if (!result.ok && result.error.code === 'damaged') setMessage(result.error.message);
        return result;
      },
      dataVersion: () => api.dataVersion(),
      onDataChange: (listener) => api.onDataChange(listener),
    }),
    [api],
  );
  return (
    <ApiProvider api={watched}>
      {message !== null && (
        <div className="damage-notice" role="alert">
          <p className="damage-notice-title">Your data file is damaged</p>
          <p>{message}</p>
        </div>
      )}
      {children}
    </ApiProvider>
  );
}
