import { isRecord } from '@/lib/is-record';

/**
 * The one message the widget frame sends to the content script that placed it: the size
 * it needs. It carries two numbers and a flag, never account data, so the page learns
 * nothing from it even if it could read it. Zod-free: the content script imports it.
 */
export const FRAME_CHANNEL = 'agentpmt-credits:widget-frame';

/** The largest frame the content script will make, whatever the frame asks for. */
export const MAX_FRAME_SIZE = { width: 480, height: 720 } as const;

export interface FrameSize {
  width: number;
  height: number;
  /** True while the dropdown panel is open: the frame then covers the page below the pill. */
  open: boolean;
}

export interface FrameSizeMessage extends FrameSize {
  channel: typeof FRAME_CHANNEL;
  type: 'size';
}

/** The message the frame posts for a size (rounded up to whole pixels). */
export function frameSizeMessage({ width, height, open }: FrameSize): FrameSizeMessage {
  return { channel: FRAME_CHANNEL, type: 'size', width: Math.ceil(width), height: Math.ceil(height), open };
}

const clamp = (value: number, max: number) => Math.min(Math.max(Math.round(value), 0), max);

/**
 * The size a message asks for, clamped to `MAX_FRAME_SIZE`, or null when the message is
 * not a size message (wrong channel or type, non-finite numbers, a non-boolean flag).
 * Never throws, whatever `data` is; reads own data properties only.
 */
export function parseFrameMessage(data: unknown): FrameSize | null {
  if (!isRecord(data)) return null;
  const own = (key: string): unknown => (Object.hasOwn(data, key) ? data[key] : undefined);
  try {
    const width = own('width');
    const height = own('height');
    const open = own('open');
    if (own('channel') !== FRAME_CHANNEL || own('type') !== 'size') return null;
    if (typeof width !== 'number' || typeof height !== 'number' || typeof open !== 'boolean') return null;
    if (!Number.isFinite(width) || !Number.isFinite(height)) return null;
    return { width: clamp(width, MAX_FRAME_SIZE.width), height: clamp(height, MAX_FRAME_SIZE.height), open };
  } catch {
    return null;
  }
}
