/**
 * Renders a report chart as the report does (`renderToStaticMarkup`) and reads it back as a
 * document, so tests check what a reader sees: the words, the ticks, the marks. Test files that
 * use it run in jsdom (`// @vitest-environment jsdom` at their top) for `DOMParser`.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect } from 'vitest';

export interface RenderedChart {
  readonly markup: string;
  readonly root: Element;
  /** The text of every element matching `selector`, trimmed, in document order. */
  readonly texts: (selector: string) => string[];
  readonly all: (selector: string) => Element[];
  /** Every `<svg>`'s accessible name. */
  readonly labels: () => string[];
}

export function renderChart(element: ReactElement): RenderedChart {
  const markup = renderToStaticMarkup(element);
  const root = new DOMParser().parseFromString(
    `<!doctype html><body>${markup}</body>`,
    'text/html',
  ).body;
  const all = (selector: string) => [...root.querySelectorAll(selector)];
  return {
    markup,
    root,
    all,
    texts: (selector) => all(selector).map((e) => (e.textContent ?? '').trim()),
    labels: () => all('svg').map((e) => e.getAttribute('aria-label') ?? ''),
  };
}

/** A number attribute of an element. */
export function num(element: Element | undefined, name: string): number {
  const value = element?.getAttribute(name);
  if (value === null || value === undefined) throw new Error(`no ${name} on the element`);
  return Number(value);
}

/**
 * What every report chart keeps: an image with a name, a viewBox, no `style` attribute and
 * nothing that runs or loads (no script, no event handler, no link to anywhere).
 */
export function expectSafeChart(chart: RenderedChart): void {
  const svgs = chart.all('svg');
  expect(svgs.length).toBeGreaterThan(0);
  for (const svg of svgs) {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')?.length ?? 0).toBeGreaterThan(20);
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  }
  expect(chart.markup).not.toMatch(/style=|<script|<style|href|http|\son[a-z]+=/i);
  expect(chart.all('[style]')).toEqual([]);
}
