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

const EN_US = 'en-US';

/** `12,345 credits`, as the popup shows it in en-US. */
export const credits = (n: number) => `${n.toLocaleString(EN_US)} ${n === 1 ? 'credit' : 'credits'}`;
/** `$123.45`. */
export const dollars = (n: number) => new Intl.NumberFormat(EN_US, { style: 'currency', currency: 'USD' }).format(n / 100);
/** `Mar 1, 2027`. */
export const day = (iso: string) => new Intl.DateTimeFormat(EN_US, { dateStyle: 'medium' }).format(new Date(iso));
