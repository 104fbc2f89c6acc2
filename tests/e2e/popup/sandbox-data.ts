import type { ExtensionHarness } from '../fixtures';

export interface SandboxGrant {
  _id: string;
  credits: number;
  remaining_credits: number;
  created_at: string;
  expires_at: string | null;
}

export interface SandboxTransaction {
  _id: string;
  type: string;
  credits: number;
  description?: string;
  created_at: string;
}

/** What the sandbox API itself answers, to compare the popup against. */
export async function sandboxHistory(harness: ExtensionHarness): Promise<{ grants: SandboxGrant[]; transactions: SandboxTransaction[] }> {
  const response = await fetch(`${harness.sandbox.url}/credits/history?limit=100`, {
    headers: { Authorization: `Bearer ${harness.sandbox.token}` },
  });
  const body = (await response.json()) as { data: { grants: SandboxGrant[]; transactions: SandboxTransaction[] } };
  return body.data;
}

/** The grants with credits left that have not expired, soonest expiry first: the lots the extension shows. */
export function liveGrants(grants: readonly SandboxGrant[], now = Date.now()): SandboxGrant[] {
  return grants
    .filter((g) => g.remaining_credits > 0 && (g.expires_at === null || Date.parse(g.expires_at) > now))
    .sort((a, b) => Date.parse(a.expires_at ?? '9999') - Date.parse(b.expires_at ?? '9999'));
}

const EN_US = 'en-US';

/** `12,345 credits`, as the popup shows it in en-US. */
export const credits = (n: number) => `${n.toLocaleString(EN_US)} ${n === 1 ? 'credit' : 'credits'}`;
/** `$123.45`. */
export const dollars = (n: number) => new Intl.NumberFormat(EN_US, { style: 'currency', currency: 'USD' }).format(n / 100);
/** `Mar 1, 2027`. */
export const day = (iso: string) => new Intl.DateTimeFormat(EN_US, { dateStyle: 'medium' }).format(new Date(iso));
