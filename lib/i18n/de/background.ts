import type { background as en } from '../en/background';

export const background: Record<keyof typeof en, string> = {};
