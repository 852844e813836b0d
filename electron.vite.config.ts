import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src-main/app/app-scheme';
import { LICENCE_NOTICES_FILE } from './src-main/app/licence-notices';

/**
 * Writes the app's CSP into the built page as well as sending it as a header, so the page keeps
 * its policy wherever it is opened (the Chromium specs, a saved copy). Build only: the dev server
 * needs inline scripts and a websocket for hot reload. `frame-ancestors` is dropped because
 * browsers ignore it in a meta element and say so in the console.
 */
function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'mending-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    // The mode electron-vite runs in (production for a build), written into the bundle so React
    // drops its development code; at run time Electron leaves NODE_ENV unset.
    define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') },
    build: {
      outDir: 'out/main',
      // The copyright and permission notices of every package bundled into out/main (React, d3,
      // and what they bring), which their MIT/ISC/BSD licences require to ship with the copies;
      // About shows them (src-main/app/licence-notices.ts).
      license: { fileName: LICENCE_NOTICES_FILE },
      // The report's charts use d3, which ships only as ES modules: bundled into the main process
      // rather than required at run time from a CommonJS bundle. React renders the report: bundled
      // too, so the build keeps only its production code (required at run time, it would choose by
      // NODE_ENV, which Electron leaves unset, and run its development build, 4 times slower).
      externalizeDeps: {
        exclude: [
          'react',
          'react-dom',
          'scheduler',
          'd3-scale',
          'd3-shape',
          'd3-time',
          'd3-array',
          'd3-format',
          'd3-interpolate',
          'd3-color',
          'd3-time-format',
          'd3-path',
          'internmap',
        ],
      },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/app/main.ts'),
          // The worker thread for work that grows with the history (src-main/app/off-main-thread.ts).
          'off-main-worker': resolve(__dirname, 'src-main/app/off-main-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/preload.ts') },
        // A sandboxed preload is a single CommonJS script: no ESM, no require of our own files.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // As for main: every package bundled into the page (recharts and what it brings, React).
      license: { fileName: LICENCE_NOTICES_FILE },
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
      // Source maps stay out of the shipped bundle; nothing here needs to be fetched at run time.
      sourcemap: false,
      // electron-vite leaves the renderer unminified; minified, the page has a third as much
      // JavaScript to read and compile on every start (see tests/bench/renderer-size.measure.ts).
      minify: true,
    },
  },
});
