/**
 * A value the IPC router has already checked against the contract (its input schema's parse):
 * only the router makes one, so a service given a `Checked` value can skip parsing it again
 * without anyone being able to hand it unchecked input by mistake. The brand is a type only; it
 * costs nothing at run time. Services keep their own parsing entry points for callers inside the
 * main process that do not come through the router.
 */
declare const checkedByRouter: unique symbol;

export type Checked<T> = T & { readonly [checkedByRouter]: true };
