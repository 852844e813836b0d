import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  createAppFileHandler,
  privilegedSchemes,
} from '../../src-main/app/app-scheme';
import { REPORT_CSS, REPORT_STYLE_HASH } from '../../src-main/report/report-css';

describe('privilegedSchemes', () => {
  it('registers app:// as a standard, secure scheme that fetch can load, without CORS or CSP bypass', () => {
    expect(APP_ORIGIN).toBe('app://mending');
    expect(privilegedSchemes()).toEqual([
      {
        scheme: APP_SCHEME,
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: false,
          bypassCSP: false,
        }),
      },
    ]);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only the app’s own files and lets the page talk to no one', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self' ${REPORT_STYLE_HASH}; img-src 'self' data:; font-src 'self'; ` +
        "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('allows exactly one inline stylesheet, the progress report’s, by its hash', () => {
    const digest = createHash('sha256').update(REPORT_CSS, 'utf8').digest('base64');
    expect(REPORT_STYLE_HASH).toBe(`'sha256-${digest}'`);
    expect(CONTENT_SECURITY_POLICY.match(/'sha256-/g)).toHaveLength(1);
  });
});

describe('createAppFileHandler', () => {
  let base: string;
  let root: string;
  let handle: (request: { url: string }) => Promise<Response>;

  beforeAll(() => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'mending-scheme-'));
    root = path.join(base, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Mending</title>');
    fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("hi")');
    fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
    fs.writeFileSync(path.join(root, 'assets', 'font.woff2'), 'w');
    fs.writeFileSync(path.join(root, 'assets', 'my file.svg'), '<svg/>');
    fs.writeFileSync(path.join(base, 'secret.txt'), 'my diary');
    fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
    handle = createAppFileHandler(root);
  });

  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  const get = (url: string) => handle({ url });

  it('serves index.html for the root, with the content security policy', async () => {
    for (const url of ['app://mending/', 'app://mending', 'app://mending/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('<title>Mending</title>');
    }
  });

  it('serves scripts, styles, fonts and images with their content types', async () => {
    const js = await get('app://mending/assets/index-abc.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('console.log("hi")');
    expect((await get('app://mending/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://mending/assets/font.woff2')).headers.get('content-type')).toBe(
      'font/woff2',
    );
    const svg = await get('app://mending/assets/my%20file.svg?v=1#x');
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 for files that are not there and for folders', async () => {
    expect((await get('app://mending/missing.js')).status).toBe(404);
    expect((await get('app://mending/assets')).status).toBe(404);
    expect((await get('app://mending/assets/')).status).toBe(404);
  });

  it.each([
    'app://mending/../secret.txt',
    'app://mending/assets/../../secret.txt',
    'app://mending/%2e%2e/secret.txt',
    'app://mending/%2E%2E/secret.txt',
    'app://mending/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://mending/..%2fsecret.txt',
    'app://mending/..%5csecret.txt',
    'app://mending/%2fetc%2fpasswd',
    'app://mending//etc/passwd',
    'app://mending/C:%5cWindows%5cwin.ini',
    'app://mending/assets/link.txt',
    'app://mending/index.html%00.js',
    'app://mending/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('my diary');
  });

  it.each([
    `app://evil/index.html`,
    `app://${APP_HOST}.evil/index.html`,
    'app://user@mending/index.html',
    'https://mending/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses other hosts and schemes: %s', async (url) => {
    expect((await get(url)).status).toBe(404);
  });
});
