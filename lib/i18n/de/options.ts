import type { options as en } from '../en/options';

export const options: Record<keyof typeof en, string> = {};
