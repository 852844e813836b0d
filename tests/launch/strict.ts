/*
 * The stand-in Electron fails loudly: every object it hands the app is wrapped so that reading a
 * property it does not have throws, with a sentence that says what to do. A new Electron call in
 * the app then stops the launch test instead of passing unnoticed as `undefined`.
 */

/** The sentence thrown (and reported) when the app reaches for something the stand-in lacks. */
export function missingMessage(what: string): string {
  return (
    `The launch test's stand-in Electron has no \`${what}\`: the app now calls it; ` +
    'implement it in tests/launch/electron-stand-in.ts'
  );
}

/**
 * Properties that code reads to ask what a value is, not to use Electron: a bundler's interop
 * (`__esModule`, `default`), a promise check (`then`), JSON and test tooling. Answered with
 * `undefined`, as a plain object would; symbols (Symbol.toPrimitive, util.inspect.custom,
 * Symbol.toStringTag, ...) too.
 */
const PROBES: ReadonlySet<string> = new Set([
  '__esModule',
  'default',
  'then',
  'toJSON',
  'inspect',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

/** What the stand-in is told about the app's use of a strict object. */
export interface StrictHooks {
  /** Hears of a missing property first, so the test sees it even when the app catches the error. */
  readonly onMissing: (what: string) => void;
  /** Hears of every call of a method (not of a class: `new` is recorded by the class itself). */
  readonly onCall?: (what: string, args: readonly unknown[]) => void;
}

function isClass(value: unknown): boolean {
  return typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
}

/**
 * `target` behind a Proxy whose unknown properties throw `missingMessage(path.prop)`, and whose
 * methods report each call (as `path.prop`) before running.
 */
export function strict<T extends object>(path: string, target: T, hooks: StrictHooks): T {
  const recorded = new Map<string, unknown>();
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol') return Reflect.get(object, property, receiver);
      if (Reflect.has(object, property)) {
        const value: unknown = Reflect.get(object, property, receiver);
        const { onCall } = hooks;
        if (typeof value !== 'function' || onCall === undefined || isClass(value)) return value;
        if (property === 'constructor' || !Object.hasOwn(object, property)) return value;
        const known = recorded.get(property);
        if (known !== undefined) return known;
        const what = `${path}.${property}`;
        // Kept per property, so a method read twice is the same function both times.
        const wrapper = function (this: unknown, ...args: unknown[]): unknown {
          onCall(what, args);
          return Reflect.apply(value, this === receiver ? object : this, args);
        };
        recorded.set(property, wrapper);
        return wrapper;
      }
      if (PROBES.has(property)) return undefined;
      const what = `${path}.${property}`;
      hooks.onMissing(what);
      throw new Error(missingMessage(what));
    },
  });
}
