import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { REPORT_STYLE_HASH } from '../report/report-css';

export const APP_SCHEME = 'app';
export const APP_HOST = 'mending';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent with every HTML page: the page may load only its own bundled files and may talk to no one.
 * React and recharts set inline styles through the CSSOM (`element.style`), which `style-src`
 * does not govern, so no 'unsafe-inline' is needed. The one inline stylesheet allowed is the
 * progress report's, by its hash: the Report screen previews the report in a sandboxed `srcdoc`
 * frame, and such a frame inherits this policy, so without the hash the preview would be unstyled.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${REPORT_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `standard` gives the scheme an origin and relative URLs, `secure` makes it a secure context,
 * `supportFetchAPI` lets module scripts load. CORS and CSP bypass stay off: nothing else may read
 * from it, and it obeys its own policy.
 */
export function privilegedSchemes(): CustomScheme[] {
  return [
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: false,
        bypassCSP: false,
        allowServiceWorkers: false,
        stream: false,
      },
    },
  ];
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The path inside the renderer folder that an app URL names, or undefined when the URL is not one
 * of ours or tries to step outside the folder (`..`, `%2e%2e`, encoded slashes, absolute paths).
 */
export function appUrlToRelativePath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  const segments = parsed.pathname.split('/').slice(1);
  const decoded: string[] = [];
  for (const [index, segment] of segments.entries()) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    const isLast = index === segments.length - 1;
    if (name === '' && isLast) continue;
    if (name === '' || name === '.' || name === '..') return undefined;
    if (/[/\\\0:]/.test(name)) return undefined;
    decoded.push(name);
  }
  if (decoded.length === 0) return 'index.html';
  return decoded.join('/');
}

/**
 * Serves the built renderer (out/renderer) on `app://mending/`. Anything that is not a file inside
 * that folder, including a symlink pointing out of it, is a 404.
 */
export function createAppFileHandler(
  rootDir: string,
): (request: { url: string }) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    const relativePath = appUrlToRelativePath(request.url);
    if (relativePath === undefined) return notFound();
    const filePath = resolve(root, relativePath);
    if (!isInside(root, filePath)) return notFound();
    try {
      const [rootOnDisk, fileOnDisk] = await Promise.all([realpath(root), realpath(filePath)]);
      if (!isInside(rootOnDisk, fileOnDisk)) return notFound();
      if (!(await stat(fileOnDisk)).isFile()) return notFound();
      const body = await readFile(fileOnDisk);
      const contentType = contentTypeFor(fileOnDisk);
      const headers: Record<string, string> = {
        'Content-Type': contentType,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      };
      if (contentType.startsWith('text/html')) {
        headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      }
      return new Response(body, { status: 200, headers });
    } catch {
      return notFound();
    }
  };
}

function isInside(root: string, candidate: string): boolean {
  const fromRoot = relative(root, candidate);
  return (
    fromRoot !== '' &&
    !isAbsolute(fromRoot) &&
    fromRoot !== '..' &&
    !fromRoot.startsWith(`..${sep}`) &&
    join(root, fromRoot) === candidate
  );
}
