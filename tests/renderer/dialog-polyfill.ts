/*
 * jsdom has <dialog> but not showModal() or close(). These stand-ins do what the tests rely on:
 * `open` set and cleared, and a "close" event. Inertness of the page behind a modal dialog and the
 * browser's own Escape handling are tested in Chromium (tests/browser/shortcuts.spec.ts).
 */
const proto = HTMLDialogElement.prototype;
if (typeof proto.showModal !== 'function') {
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
