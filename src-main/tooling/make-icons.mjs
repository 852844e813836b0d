// `npm run icons`: remakes every icon file in resources/ from resources/icon.svg, the one source.
// Chromium draws the SVG at each Linux size itself (a vector drawn small is crisper than a big
// picture shrunk), with a transparent background; png2icons packs the macOS ICNS and the Windows
// ICO from the 1024 px drawing. The results are committed, so packaging never needs Chromium:
// run this only after changing icon.svg, then look at the small sizes before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import png2icons from 'png2icons';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

/** The sizes electron-builder's linux.icon folder holds, each named `NxN.png`. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Every icon file this script writes, relative to resources/. */
export function iconFiles() {
  return [...LINUX_SIZES.map((size) => `icons/${size}x${size}.png`), 'icon.icns', 'icon.ico'];
}

/** The SVG drawn by Chromium at each size, as PNG files with their transparency kept. */
async function drawSizes(svg, sizes) {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  // Playwright gives every launch a fresh, temporary user-data folder of its own.
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const largest = Math.max(...sizes);
    const page = await browser.newPage({
      viewport: { width: largest, height: largest },
      deviceScaleFactor: 1,
    });
    // A data: URL, so nothing is fetched; the page itself stays about:blank.
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const drawn = new Map();
    for (const size of sizes) {
      await page.setContent(
        `<body style="margin:0"><img src="${source}" width="${size}" height="${size}" style="display:block" alt=""></body>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      const png = await page.screenshot({
        clip: { x: 0, y: 0, width: size, height: size },
        omitBackground: true,
      });
      drawn.set(size, png);
    }
    return drawn;
  } finally {
    await browser.close();
  }
}

/** A file png2icons could not make: it returns null and, without a logger, says nothing else. */
function packed(buffer, what) {
  if (buffer === null) throw new Error(`png2icons could not make ${what} from the 1024 px icon.`);
  return buffer;
}

export async function makeIcons(resourcesDir) {
  const source = join(resourcesDir, 'icon.svg');
  if (!existsSync(source)) throw new Error(`the drawing they are made from is missing: ${source}.`);
  const svg = readFileSync(source, 'utf8');
  const drawn = await drawSizes(svg, LINUX_SIZES);
  const largest = drawn.get(1024);
  // Every file is made before any is written, so a failure leaves the old set whole.
  const files = new Map(LINUX_SIZES.map((size) => [`icons/${size}x${size}.png`, drawn.get(size)]));
  // Bicubic (png2icons' second, sharper version) for the sizes it scales down; 0 colours = lossless.
  files.set('icon.icns', packed(png2icons.createICNS(largest, png2icons.BICUBIC2, 0), 'icon.icns'));
  // forWinExe: PNG entries from 64 px up and bitmaps below, which every Windows version shows,
  // in the file properties dialog too (the icon is built into Mending.exe and its installer).
  files.set(
    'icon.ico',
    packed(png2icons.createICO(largest, png2icons.BICUBIC2, 0, false, true), 'icon.ico'),
  );
  mkdirSync(join(resourcesDir, 'icons'), { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(resourcesDir, name), bytes);
  return [...files.keys()];
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isEntryPoint) {
  const resourcesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
  makeIcons(resourcesDir).then(
    (files) =>
      process.stdout.write(`Made ${files.map((file) => `resources/${file}`).join(', ')}\n`),
    (error) => {
      process.stderr.write(`Mending's icons were not made: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
