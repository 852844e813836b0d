import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  appOrigins,
  devRendererOrigin,
  isAppIndexUrl,
  isTrustedSenderUrl,
} from '../../src-main/app/origins';

describe('devRendererOrigin', () => {
  it('uses the dev server electron-vite announces, in an unpackaged app', () => {
    expect(devRendererOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe(
      'http://localhost:5173',
    );
    expect(devRendererOrigin({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5180' }, false)).toBe(
      'http://127.0.0.1:5180',
    );
  });

  it('ignores it in a packaged app, and anything that is not a loopback http address', () => {
    expect(
      devRendererOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true),
    ).toBeUndefined();
    for (const url of [
      'https://example.com/',
      'http://192.168.1.2:5173/',
      'file:///tmp/x',
      'nonsense',
      '',
    ]) {
      expect(devRendererOrigin({ ELECTRON_RENDERER_URL: url }, false), url).toBeUndefined();
    }
    expect(devRendererOrigin({}, false)).toBeUndefined();
  });
});

describe('appEntryUrl', () => {
  it('loads the app scheme, or the dev server in dev', () => {
    expect(appEntryUrl(undefined)).toBe('app://mending/index.html');
    expect(appEntryUrl('http://localhost:5173')).toBe('http://localhost:5173/');
  });
});

describe('isTrustedSenderUrl', () => {
  const origins = appOrigins(undefined);

  it('trusts pages of the app scheme', () => {
    expect(isTrustedSenderUrl('app://mending/index.html', origins)).toBe(true);
    expect(isTrustedSenderUrl('app://mending/index.html#/mood', origins)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'app://mending.evil/index.html',
    'app://mendingx/index.html',
    'app://evil/index.html',
    'app://mending@evil/index.html',
    'https://mending/index.html',
    'about:blank',
    'http://localhost:5173/',
  ])('does not trust %s', (url) => {
    expect(isTrustedSenderUrl(url, origins)).toBe(false);
  });

  it('trusts the dev server only when it is one of the origins', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/', appOrigins('http://localhost:5173'))).toBe(
      true,
    );
    expect(
      isTrustedSenderUrl('http://localhost:5173.evil.com/', appOrigins('http://localhost:5173')),
    ).toBe(false);
  });
});

describe('isAppIndexUrl', () => {
  it('is true only for the index page of an app origin', () => {
    const origins = appOrigins(undefined);
    expect(isAppIndexUrl('app://mending/', origins)).toBe(true);
    expect(isAppIndexUrl('app://mending/index.html?x=1#y', origins)).toBe(true);
    expect(isAppIndexUrl('app://mending/other.html', origins)).toBe(false);
    expect(isAppIndexUrl('app://other/index.html', origins)).toBe(false);
    expect(isAppIndexUrl('::', origins)).toBe(false);
  });
});
