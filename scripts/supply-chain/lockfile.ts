/** The one registry every package comes from. */
export const REGISTRY_ORIGIN = 'https://registry.npmjs.org';

interface LockEntry {
  integrity?: unknown;
  resolved?: unknown;
  link?: unknown;
  inBundle?: unknown;
}

function entryProblem(path: string, entry: LockEntry): string | null {
  // A link points into this repository; a bundled package ships inside its parent's tarball.
  if (entry.link === true || entry.inBundle === true) return null;
  if (typeof entry.integrity !== 'string' || !entry.integrity.split(' ').every((hash) => hash.startsWith('sha512-'))) {
    return `${path}: no sha512 integrity hash`;
  }
  // npm may omit `resolved` for registry packages: they then come from the registry, by name.
  if (entry.resolved === undefined) return null;
  if (typeof entry.resolved !== 'string' || !entry.resolved.startsWith(`${REGISTRY_ORIGIN}/`)) {
    return `${path}: resolved ${String(entry.resolved)}, not from ${REGISTRY_ORIGIN}`;
  }
  return null;
}

/**
 * What is wrong with a parsed `package-lock.json` (SUP-2), one line per problem; empty
 * when every package has a sha512 integrity hash and is fetched over https from
 * `REGISTRY_ORIGIN`. Only lockfile versions 2 and 3 (with `packages`) are understood.
 */
export function lockfileProblems(lock: unknown): string[] {
  const packages = (lock as { packages?: unknown } | null)?.packages;
  if (typeof packages !== 'object' || packages === null) return ['no `packages`: lockfileVersion 2 or 3 expected'];
  return Object.entries(packages as Record<string, LockEntry>)
    .filter(([path]) => path !== '')
    .map(([path, entry]) => entryProblem(path, entry ?? {}))
    .filter((problem) => problem !== null);
}
