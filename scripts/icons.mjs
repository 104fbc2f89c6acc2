// Renders scripts/icon.svg to the PNG sizes the manifest uses, with the system Chromium.
// Run after changing the SVG: node scripts/icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/browsers.mjs';

const svg = await readFile(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>*{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
