import type * as z from 'zod/mini';
import { MAX_ERROR_MESSAGE } from './errors';

const MAX_LISTED = 3;

/**
 * Summarises schema issues as `data.balance: expected int, received string; …`, at most
 * `MAX_ERROR_MESSAGE` characters. Paths name schema fields and indices only and zod's
 * messages describe types, so no response value ends up in the summary.
 */
export function summarizeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED).map((issue) => {
    const path = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
    const detail = issue.message.replace(/^Invalid (input|option): /, '');
    return `${path}: ${detail}`;
  });
  const more = issues.length > MAX_LISTED ? ` (+${issues.length - MAX_LISTED} more)` : '';
  const text = `${listed.join('; ')}${more}`;
  return text.length > MAX_ERROR_MESSAGE ? `${text.slice(0, MAX_ERROR_MESSAGE - 1)}…` : text;
}
