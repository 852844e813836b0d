import { useCallback, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useToday } from '../../app/clock';
import {
  offersSafetyAfterContact,
  offersSupportAfterEntry,
  type ContactReading,
  type MoodReading,
} from '../../../src-main/shared/support-signposts';
import * as copy from './support-copy';
import './support.css';

export type SignpostKind = 'low-entry' | 'hostile-contact';

/**
 * The gentle line a screen shows after a save, pointing to Support: after a very low mood entry
 * (at most once a day, remembered in the settings so a reload does not bring it back the same day)
 * or after contact with the ex recorded as hostile (each time). The screen that saves calls
 * `afterMoodSaved` or `afterContactSaved` and shows `<SupportSignpost {...signpost} />`. The state
 * lives with the screen, not the form, because a form is made anew after each save.
 */
export function useSupportSignpost() {
  const api = useApi();
  const { day: today } = useToday();
  const [kind, setKind] = useState<SignpostKind | null>(null);

  const afterMoodSaved = useCallback(
    async (entry: MoodReading & { readonly day: string }): Promise<void> => {
      const settings = await api.call('settings:get', {});
      // Unread settings: better a quiet miss than a line that might come back again and again.
      if (!settings.ok) return;
      const lastDay = settings.value.lowEntrySupportDay;
      if (!offersSupportAfterEntry(entry, entry.day, today, lastDay)) return;
      // Shown even if remembering it fails: the line matters more than its once-a-day limit.
      await api.call('settings:update', { lowEntrySupportDay: today });
      setKind('low-entry');
    },
    [api, today],
  );

  const afterContactSaved = useCallback((entry: ContactReading) => {
    if (offersSafetyAfterContact(entry)) setKind('hostile-contact');
  }, []);

  const close = useCallback(() => setKind(null), []);

  return { kind, close, afterMoodSaved, afterContactSaved };
}

/**
 * The line itself: one warm sentence, a link to Support (or its part about unsafe contact) and a
 * Close button. After hostile contact it also says, truthfully, who can read the entry (the file
 * has no password), so a person whose ex may open Mending knows they can delete it. Its region is always there, so a screen reader hears the line when it appears.
 */
export function SupportSignpost({
  kind,
  close,
}: {
  readonly kind: SignpostKind | null;
  readonly close: () => void;
}) {
  const words = kind === 'hostile-contact' ? copy.AFTER_HOSTILE_CONTACT : copy.AFTER_LOW_ENTRY;
  const href = kind === 'hostile-contact' ? copy.supportHref('unsafe-contact') : copy.supportHref();
  return (
    <div aria-live="polite">
      {kind !== null && (
        <div className="signpost">
          <div className="signpost-words">
            <p>
              {words.text} <a href={href}>{words.link}</a>
            </p>
            {kind === 'hostile-contact' && <p>{copy.AFTER_HOSTILE_CONTACT.privacy}</p>}
          </div>
          <button
            type="button"
            className="button"
            aria-label={copy.CLOSE_SIGNPOST_NAME}
            onClick={close}
          >
            {copy.CLOSE_SIGNPOST}
          </button>
        </div>
      )}
    </div>
  );
}
