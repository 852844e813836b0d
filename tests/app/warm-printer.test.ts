import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWarmPrinter, PRINT_WINDOW_IDLE_MS } from '../../src-main/app/warm-printer';

interface FakePage {
  readonly id: number;
  showing: string;
  closed: boolean;
}

/** Windows as plain records: what each shows, and whether it was closed. */
function fakeParts(options: { failClear?: () => boolean } = {}) {
  const opened: FakePage[] = [];
  return {
    opened,
    parts: {
      open: () => {
        const page: FakePage = { id: opened.length, showing: '', closed: false };
        opened.push(page);
        return Promise.resolve(page);
      },
      print: (page: FakePage, html: string) => {
        page.showing = html;
        return Promise.resolve(new TextEncoder().encode(`${page.id}:${html}`));
      },
      clear: (page: FakePage) => {
        if (options.failClear?.() === true) return Promise.reject(new Error('could not blank'));
        page.showing = '';
        return Promise.resolve();
      },
      close: (page: FakePage) => {
        page.closed = true;
        return Promise.resolve();
      },
      isUsable: (page: FakePage) => !page.closed,
    },
  };
}

const options = { pageSize: 'A4', headerText: 'p' } as const;
const text = (pdf: Uint8Array) => new TextDecoder().decode(pdf);

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createWarmPrinter', () => {
  it('waits a minute without a report before closing, counted from the last report', async () => {
    vi.useFakeTimers();
    const { opened, parts } = fakeParts();
    const print = createWarmPrinter(parts);
    expect(PRINT_WINDOW_IDLE_MS).toBe(60_000);
    await print('<p>a</p>', options);
    await vi.advanceTimersByTimeAsync(PRINT_WINDOW_IDLE_MS - 1);
    // A report just before the window would close keeps it open for another minute.
    expect(text(await print('<p>b</p>', options))).toBe('0:<p>b</p>');
    await vi.advanceTimersByTimeAsync(PRINT_WINDOW_IDLE_MS - 1);
    expect(opened[0]?.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(opened[0]?.closed).toBe(true);
    expect(opened[0]?.showing).toBe('');
  });

  it('opens the window when asked to get ready, prints in it, and closes it if no report comes', async () => {
    vi.useFakeTimers();
    const { opened, parts } = fakeParts();
    const print = createWarmPrinter(parts);
    print.prepare();
    print.prepare();
    await settle();
    expect(opened).toHaveLength(1);
    expect(text(await print('<p>a</p>', options))).toBe('0:<p>a</p>');
    expect(opened).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(PRINT_WINDOW_IDLE_MS);
    await settle();
    expect(opened[0]?.closed).toBe(true);
    // Got ready, then no report (the save dialog was cancelled): closed after the idle time.
    print.prepare();
    await settle();
    expect(opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(PRINT_WINDOW_IDLE_MS);
    await settle();
    expect(opened[1]?.closed).toBe(true);
  });

  it('never reuses a window it could not blank', async () => {
    let isFailing = true;
    const { opened, parts } = fakeParts({ failClear: () => isFailing });
    const print = createWarmPrinter(parts);
    expect(text(await print('<p>a</p>', options))).toBe('0:<p>a</p>');
    await settle();
    expect(opened[0]?.closed).toBe(true);
    isFailing = false;
    expect(text(await print('<p>b</p>', options))).toBe('1:<p>b</p>');
    await print.close();
    expect(opened.map((page) => page.closed)).toEqual([true, true]);
  });

  it('closes nothing when no report was printed, and opens again after closing', async () => {
    const { opened, parts } = fakeParts();
    const print = createWarmPrinter(parts);
    await print.close();
    expect(opened).toHaveLength(0);
    await print('<p>a</p>', options);
    await print.close();
    expect(text(await print('<p>b</p>', options))).toBe('1:<p>b</p>');
    await print.close();
    expect(opened.map((page) => page.closed)).toEqual([true, true]);
  });
});
