// The look of the app's gentle lines (.signpost) lives with Support's own signpost.
import '../../support/support.css';
import * as copy from './slow-copy';

/**
 * The gentle line after a check-in with high tension (copy.HIGH_TENSION or more): tension while
 * trust comes back is one thing, fear is another, and Support says what to do about that. Shown
 * each time, like the line after hostile contact, and closed with one press. Its region is always
 * there, so a screen reader hears the line when it appears.
 */
export function TensionSignpost({
  isShown,
  close,
}: {
  readonly isShown: boolean;
  readonly close: () => void;
}) {
  return (
    <div aria-live="polite">
      {isShown && (
        <div className="signpost">
          <p>
            {copy.AFTER_HIGH_TENSION} <a href={copy.UNSAFE_HREF}>{copy.UNSAFE_LINK}</a>
          </p>
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
