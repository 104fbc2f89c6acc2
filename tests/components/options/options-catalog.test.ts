import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALERT_KINDS } from '@/lib/alerts/kinds';
import { options } from '@/lib/i18n/en/options';

const DIR = resolve(import.meta.dirname, '../../../components/options');
const SOURCE = readdirSync(DIR)
  .map((name) => readFileSync(join(DIR, name), 'utf8'))
  .join('\n');
/** Keys the page builds from the alert table: one switch label per kind. */
const DERIVED = new Set(ALERT_KINDS.map((kind) => `options.alerts.${kind}`));

describe('the options catalogue', () => {
  it('has no message the options page never shows', () => {
    const unused = Object.keys(options).filter((key) => !SOURCE.includes(`'${key}'`) && !DERIVED.has(key));
    expect(unused).toEqual([]);
  });
});
