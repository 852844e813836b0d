import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * Elements a browser lays out as their own box (or a line break): a reader sees a gap between
 * their texts even when the markup has no whitespace between them, as in React's output.
 */
const SEPARATE = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'svg',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * The text of `node` as a person reads it: like `textContent`, with a space where one block ends
 * and the next begins (as a browser's `innerText` has, which jsdom lacks). Inline elements (a
 * `<strong>` in a sentence) add nothing, so a missing space inside a sentence still shows.
 */
export function readableText(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== node.ELEMENT_NODE) return '';
  const element = node as Element;
  const inner = [...element.childNodes].map(readableText).join('');
  return SEPARATE.has(element.localName) ? ` ${inner} ` : inner;
}

/** `text` as it appears in the report's markup: escaped by React, as every section's text is. */
export function asMarkup(text: string): string {
  return renderToStaticMarkup(createElement(Fragment, null, text));
}
