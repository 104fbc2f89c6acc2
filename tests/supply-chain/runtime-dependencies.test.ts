import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlistedDependencies } from '@/scripts/supply-chain/dependencies';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string): unknown => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

describe('runtime dependencies (SUP-5)', () => {
  const allowlist = read('scripts/supply-chain/runtime-dependencies.json') as Record<string, string>;

  it('ships only allow-listed packages, each listed with its reason', () => {
    expect(unlistedDependencies(read('package.json'), allowlist)).toEqual([]);
    for (const reason of Object.values(allowlist)) expect(reason.length).toBeGreaterThan(20);
  });

  it('fails on a runtime dependency that is not listed, or listed without a reason', () => {
    const manifest = { dependencies: { react: '19.3.1', 'left-pad': '1.3.0', zod: '4.6.7' } };

    expect(unlistedDependencies(manifest, { react: 'The UI.', zod: '' })).toEqual(['left-pad', 'zod']);
  });
});
