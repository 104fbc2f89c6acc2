// `npm run lint:firefox`: web-ext lint on the Firefox build. Fails on any error, and on any
// warning but one: the renderer's own `innerHTML` assignments (UNSAFE_VAR_ASSIGNMENT; Preact's,
// for `dangerouslySetInnerHTML`), which our code cannot reach: ESLint forbids both.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const SOURCE = resolve(import.meta.dirname, '../.output/firefox-mv3');
const VENDORED = (w) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message) && w.file.startsWith('chunks/');

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', SOURCE, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(run.stdout, run.stderr);
  throw new Error('web-ext lint gave no JSON report');
}
const problems = [...report.errors, ...report.warnings.filter((w) => !VENDORED(w))];
for (const p of [...report.errors, ...report.warnings]) {
  console.log(`${p._type} ${p.code} ${p.file ?? ''}:${p.line ?? ''} ${p.message}${VENDORED(p) ? ' (the renderer, allowed)' : ''}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${problems.length} not allowed`);
if (problems.length > 0) process.exit(1);
