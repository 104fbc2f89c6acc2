/**
 * The runtime dependencies of a `package.json` (the code that ships in the extension)
 * that are not in `allowlist` with a reason, sorted (SUP-5). A new runtime dependency
 * fails the check until it is listed with why it is needed.
 */
export function unlistedDependencies(manifest: unknown, allowlist: Record<string, string>): string[] {
  const dependencies = (manifest as { dependencies?: Record<string, string> } | null)?.dependencies ?? {};
  return Object.keys(dependencies)
    .filter((name) => !Object.hasOwn(allowlist, name) || (allowlist[name] ?? '').trim() === '')
    .sort();
}
