import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const OUTPUT = resolve(import.meta.dirname, '../../.output');
export const CHROME = join(OUTPUT, 'chrome-mv3');
export const FIREFOX = join(OUTPUT, 'firefox-mv3');
export const CHROME_SANDBOX = join(OUTPUT, 'chrome-mv3-sandbox');

/** The parsed manifest of a build; fails with a hint when the build is missing. */
/** The built `_locales/<locale>/messages.json`, as message name → text. */
export function readLocaleMessages(dir: string, locale: string): Record<string, string> {
  const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(messages).map(([name, { message }]) => [name, message]));
}

export function readManifest(dir: string): Record<string, unknown> {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run the builds first (npm test does).`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every file of a build, as paths relative to it. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** The text of every JS, HTML, CSS and JSON file of a build. */
export function readTextFiles(dir: string): Array<{ file: string; text: string }> {
  return listFiles(dir)
    .filter((file) => /\.(js|html|css|json)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}
