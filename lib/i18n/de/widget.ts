import type { widget as en } from '../en/widget';

export const widget: Record<keyof typeof en, string> = {};
