import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip (level 9) bytes of a set of files. */
export interface Size {
  files: string[];
  raw: number;
  gzip: number;
}

/**
 * What one entrypoint of a build loads: JS at open, its strings, JS loaded later (dynamic
 * imports), CSS.
 */
export interface EntrypointSize {
  name: string;
  /** JS the entrypoint loads before it runs: its script and every static import. */
  js: Size;
  /**
   * The string chunks (`chunks/strings-<locale>-<module>`) it imports before its first paint,
   * in its largest locale: a page imports the active locale's only.
   */
  strings: Size;
  /** JS it may import later (e.g. a tab's code), not needed for the first paint. */
  lazyJs: Size;
  css: Size;
}

const LOCALE_CHUNK = /(?:^|\/)strings-([a-z]{2,3})-[a-z]+-[\w-]+\.js$/;

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const HTML_ASSET = /<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g;

function sizeOf(dir: string, files: Iterable<string>): Size {
  const list = [...new Set(files)].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: list, raw, gzip };
}

/** Build-relative path of an import specifier found in `from`. */
function resolveImport(from: string, specifier: string): string {
  return specifier.startsWith('/') ? specifier.slice(1) : posix.normalize(posix.join(posix.dirname(from), specifier));
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] as string);
}

/** The JS files `roots` load statically, and the ones they (transitively) import lazily. */
function jsGraph(dir: string, roots: string[]): { initial: Set<string>; lazy: Set<string> } {
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>) => {
    if (initial.has(file) || into.has(file) || !existsSync(join(dir, file))) return;
    into.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const spec of matches(text, STATIC_IMPORT)) visit(resolveImport(file, spec), into);
    for (const spec of matches(text, DYNAMIC_IMPORT)) visit(resolveImport(file, spec), lazy);
  };
  for (const root of roots) visit(root, initial);
  for (const file of initial) lazy.delete(file);
  return { initial, lazy };
}

/** The largest locale's share of `chunks`, by gzip size. */
function largestLocale(dir: string, chunks: string[]): Size {
  const byLocale = new Map<string, string[]>();
  for (const file of chunks) {
    const locale = LOCALE_CHUNK.exec(file)?.[1] as string;
    byLocale.set(locale, [...(byLocale.get(locale) ?? []), file]);
  }
  const sizes = [...byLocale.values()].map((files) => sizeOf(dir, files));
  return sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a), sizeOf(dir, []));
}

function entry(dir: string, name: string, scripts: string[], styles: string[]): EntrypointSize {
  const { initial, lazy } = jsGraph(dir, scripts);
  const strings = [...lazy].filter((file) => LOCALE_CHUNK.test(file));
  const code = [...lazy].filter((file) => !LOCALE_CHUNK.test(file));
  return { name, js: sizeOf(dir, initial), strings: largestLocale(dir, strings), lazyJs: sizeOf(dir, code), css: sizeOf(dir, styles) };
}

/**
 * Sizes of every entrypoint of a built extension: each HTML page in the build's root (its
 * scripts, module preloads and stylesheets), the background script and the content
 * scripts named in the manifest. Throws when the build is missing.
 */
export function entrypointSizes(dir: string): EntrypointSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  };
  const pages = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const assets = matches(readFileSync(join(dir, file), 'utf8'), HTML_ASSET).map((href) => resolveImport(file, href));
      return entry(dir, file.replace(/\.html$/, ''), assets.filter((a) => a.endsWith('.js')), assets.filter((a) => a.endsWith('.css')));
    });
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const content = (manifest.content_scripts ?? []).map((script, i) =>
    entry(dir, `content-script${i === 0 ? '' : `-${i + 1}`}`, script.js ?? [], script.css ?? []),
  );
  return [...pages, ...(background ? [entry(dir, 'background', [background], [])] : []), ...content];
}
