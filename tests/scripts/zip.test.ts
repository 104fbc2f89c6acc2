import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCommand } from './processes';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const OUTPUT = join(ROOT, '.output');

/** Every file below `dir`, as sorted relative paths. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}
const entries = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter((e) => e && !e.endsWith('/')).sort();
const readEntry = (zip: string, entry: string) => execFileSync('unzip', ['-p', zip, entry]);

async function npmRun(script: string): Promise<void> {
  const run = runCommand('npm', ['run', script]);
  const code = await run.exited;
  expect(code, run.output()).toBe(0);
}

describe('release archives', () => {
  it('npm run zip: the Chrome archive holds exactly the built files, at package.json’s version', async () => {
    await npmRun('zip');
    const zip = join(OUTPUT, `${pkg.name}-${pkg.version}-chrome.zip`);

    expect(entries(zip)).toEqual(filesIn(join(OUTPUT, 'chrome-mv3')));
    const manifest = JSON.parse(readEntry(zip, 'manifest.json').toString()) as { version: string };
    expect(manifest.version).toBe(pkg.version);
  });

  it('npm run zip:firefox: the add-on holds the built files, and its sources archive builds the same add-on', async () => {
    await npmRun('zip:firefox');
    const zip = join(OUTPUT, `${pkg.name}-${pkg.version}-firefox.zip`);
    const sources = join(OUTPUT, `${pkg.name}-${pkg.version}-sources.zip`);
    const built = join(OUTPUT, 'firefox-mv3');

    expect(entries(zip)).toEqual(filesIn(built));
    expect((JSON.parse(readEntry(zip, 'manifest.json').toString()) as { version: string }).version).toBe(pkg.version);
    expect(entries(sources)).not.toContainEqual(expect.stringMatching(/^(node_modules|\.output)\//));

    // A reviewer's build: unpack the sources, install the locked dependencies, build.
    const dir = mkdtempSync(join(tmpdir(), 'agentpmt-sources-'));
    try {
      execFileSync('unzip', ['-q', sources, '-d', dir]);
      execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'pipe' });
      execFileSync('npm', ['run', 'build:firefox'], { cwd: dir, stdio: 'pipe' });
      const rebuilt = join(dir, '.output/firefox-mv3');
      // The bundler's chunk hashes and minified names depend on the folder it builds in, so
      // code is compared by name without hash and by size; everything else byte for byte.
      const unhashed = (files: string[]) => files.map((f) => f.replace(/-[\w-]{8}\.(js|css)$/, '.$1'));
      expect(unhashed(filesIn(rebuilt))).toEqual(unhashed(filesIn(built)));
      const code = (file: string) => /\.(js|css|html)$/.test(file);
      for (const file of filesIn(built).filter((f) => !code(f))) {
        expect(readFileSync(join(rebuilt, file)).equals(readFileSync(join(built, file))), file).toBe(true);
      }
      const size = (root: string) => filesIn(root).filter(code).reduce((sum, f) => sum + readFileSync(join(root, f)).length, 0);
      expect(Math.abs(size(rebuilt) - size(built)) / size(built)).toBeLessThan(0.01);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the changelog’s newest entry is package.json’s version, the one place the version is set', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog.match(/^## \[(\d+\.\d+\.\d+)\]/m)?.[1]).toBe(pkg.version);
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).not.toMatch(/\bversion\s*:/);
  });
});
