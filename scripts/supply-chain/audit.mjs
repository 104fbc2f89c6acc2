// Advisories for the code that ships (SUP-3): `npm audit --omit=dev`, failing on a high or
// critical advisory. A registry without the audit endpoint (it answers 405) cannot tell us
// anything: that is reported plainly, and does not fail the run.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
const output = `${run.stdout}\n${run.stderr}`;

if (/\b405\b|Method Not Allowed|audit endpoint returned an error|ENOAUDIT/i.test(output)) {
  console.warn('npm audit: NOT CHECKED. The registry has no audit endpoint (405 Method Not Allowed); runtime dependencies were not checked for advisories.');
  process.exit(0);
}

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit: unreadable answer (exit ${run.status}).\n${output.slice(0, 2000)}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (runtime dependencies): ${JSON.stringify(counts)}`);
process.exit(serious > 0 ? 1 : 0);
