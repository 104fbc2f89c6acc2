import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SECURITY = resolve(ROOT, 'docs/SECURITY.md');
const ID = /\b(?:SWL|NET|SEC|MSG|CSI|PRM|NTF|XSS|SUP)-\d{1,2}\b/g;
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', 'artifacts', 'dist', 'coverage']);
const TEXT = /\.(?:[cm]?[jt]sx?|json|md|html|css|ya?ml)$/;

/** Every text file of the repository outside build output and dependencies. */
function sourceFiles(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return TEXT.test(name) ? [path] : [];
  });
}

/** The ids docs/SECURITY.md defines: the first cell of a table row, `| SEC-1 | … |`. */
function definedIds(): Set<string> {
  return new Set([...readFileSync(SECURITY, 'utf8').matchAll(/^\|\s*((?:SWL|NET|SEC|MSG|CSI|PRM|NTF|XSS|SUP)-\d{1,2})\s*\|/gm)].map((m) => m[1]!));
}

describe('docs/SECURITY.md', () => {
  it('defines every requirement id that code, tests or docs cite', () => {
    const defined = definedIds();
    const undefinedCitations = sourceFiles()
      .filter((file) => file !== SECURITY)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(ID)].map((m) => `${relative(ROOT, file)}: ${m[0]}`))
      .filter((citation) => !defined.has(citation.split(': ')[1]!));

    expect(undefinedCitations).toEqual([]);
  });

  it('defines each id once, and says how each is checked', () => {
    const rows = readFileSync(SECURITY, 'utf8').split('\n').filter((line) => /^\|\s*[A-Z]{3}-\d/.test(line));
    const ids = rows.map((row) => row.split('|')[1]!.trim());

    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) expect(row.split('|').filter((cell) => cell.trim() !== '').length, row).toBe(3);
  });

  it('is linked from the README', () => {
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toMatch(/\]\(docs\/SECURITY\.md\)/);
  });
});
