import type { popup as en } from '../en/popup';

export const popup: Record<keyof typeof en, string> = {};
