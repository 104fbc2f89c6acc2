import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedStrings } from './find-hardcoded-strings';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCANNED = ['components', 'entrypoints'];

function tsxFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.tsx'))
    .map((name) => join(dir, name));
}

const texts = (source: string) => findHardcodedStrings('x.tsx', source).map((hit) => hit.text);

describe('findHardcodedStrings', () => {
  it.each([
    ['JSX text', '<p>Hello there</p>', ['Hello there']],
    ['an aria-label', '<button aria-label="Close" />', ['Close']],
    ['a title in braces', "<abbr title={'Credits'} />", ['Credits']],
    ['a prop of our own components', '<NumberSetting label="Minutes" />', ['Minutes']],
    ['a rendered conditional', "<p>{ok ? 'Yes' : t('no')}</p>", ['Yes']],
    ['a rendered fallback', "<p>{name ?? 'Unknown'}</p>", ['Unknown']],
    ['a template literal', '<p>{`${count} credits`}</p>', ['credits']],
    ['a conditional label', "<input aria-label={open ? 'Hide' : 'Show'} />", ['Hide', 'Show']],
    ['German text', '<p>Guthaben</p>', ['Guthaben']],
  ])('finds %s', (_name, source, expected) => {
    expect(texts(source)).toEqual(expected);
  });

  it.each([
    ['a translation call', "<p>{t('options.title')}</p>"],
    ['a translated prop', "<input aria-label={t('popup.refresh')} />"],
    ['symbols and numbers', '<p>• / — → · 42 {"…"}</p>'],
    ['an empty alt', '<img alt="" src="/icon/48.png" />'],
    ['class names and ids', '<div className="p-4 text-sm" id="root" role="status" />'],
    ['a class name template', '<div className={`${BASE} dark:bg-zinc-900`} />'],
    ['comparison operands', "<p>{status === 'saved' ? t('saved') : ''}</p>"],
    ['whitespace between elements', '<div>\n  <span />\n</div>'],
  ])('allows %s', (_name, source) => {
    expect(texts(source)).toEqual([]);
  });
});

describe('every component', () => {
  const files = SCANNED.flatMap(tsxFiles);

  it('finds the components to scan', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('takes all its user-visible text from the i18n layer', () => {
    const hits = files.flatMap((file) => findHardcodedStrings(relative(ROOT, join(ROOT, file)), readFileSync(join(ROOT, file), 'utf8')));

    expect(hits.map((hit) => `${hit.file}:${hit.line} ${JSON.stringify(hit.text)}`)).toEqual([]);
  });
});
