import * as copy from './welcome-copy';

/** Settings' card that opens the welcome again, by the person's own choice. */
export function WelcomeAgain() {
  return (
    <div className="card welcome-again">
      <h2>{copy.AGAIN.title}</h2>
      <p>{copy.AGAIN.text}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          window.location.hash = '#/welcome';
        }}
      >
        {copy.AGAIN.button}
      </button>
    </div>
  );
}
