import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockfileProblems, REGISTRY_ORIGIN } from '@/scripts/supply-chain/lockfile';

const ROOT = resolve(import.meta.dirname, '../..');
const INTEGRITY = 'sha512-AAAA';

describe('the lockfile check (SUP-2)', () => {
  it('passes the committed package-lock.json', () => {
    const lock: unknown = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8'));

    expect(lockfileProblems(lock)).toEqual([]);
  });

  it.each([
    ['an entry without an integrity hash', { version: '1.0.0' }, /no sha512 integrity/],
    ['a sha1 integrity hash', { version: '1.0.0', integrity: 'sha1-AAAA' }, /no sha512 integrity/],
    ['a tarball over http', { integrity: INTEGRITY, resolved: 'http://registry.npmjs.org/a/-/a-1.0.0.tgz' }, /not from https:\/\/registry\.npmjs\.org/],
    ['a tarball from another registry', { integrity: INTEGRITY, resolved: 'https://evil.example/a/-/a-1.0.0.tgz' }, /not from/],
    ['a git dependency', { integrity: INTEGRITY, resolved: 'git+ssh://git@github.com/a/a.git#abc' }, /not from/],
    ['a registry look-alike host', { integrity: INTEGRITY, resolved: 'https://registry.npmjs.org.evil.example/a.tgz' }, /not from/],
  ])('reports %s', (_name, entry, problem) => {
    const lock = { lockfileVersion: 3, packages: { '': {}, 'node_modules/a': entry } };

    expect(lockfileProblems(lock)).toEqual([expect.stringMatching(problem)]);
  });

  it('accepts registry tarballs, workspace links and packages bundled inside another', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/a': { integrity: INTEGRITY, resolved: `${REGISTRY_ORIGIN}/a/-/a-1.0.0.tgz` },
        'node_modules/b': { link: true, resolved: 'packages/b' },
        'node_modules/a/node_modules/c': { inBundle: true },
      },
    };

    expect(lockfileProblems(lock)).toEqual([]);
  });

  it('rejects a lockfile it cannot read', () => {
    expect(lockfileProblems({ lockfileVersion: 1 })).toEqual([expect.stringMatching(/lockfileVersion/)]);
  });
});
