import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME_CHANNEL, frameSizeMessage, MAX_FRAME_SIZE, parseFrameMessage } from '@/lib/content/frame-protocol';

const valid = { channel: FRAME_CHANNEL, type: 'size', width: 189, height: 40, open: false };

describe('parseFrameMessage', () => {
  it('reads a size message', () => {
    expect(parseFrameMessage(valid)).toEqual({ width: 189, height: 40, open: false });
  });

  it('clamps what a frame asks for to the largest frame allowed', () => {
    expect(parseFrameMessage({ ...valid, width: 10_000, height: -5, open: true })).toEqual({
      width: MAX_FRAME_SIZE.width,
      height: 0,
      open: true,
    });
  });

  it.each([
    ['another channel', { ...valid, channel: 'wxt:content-script-started' }],
    ['another type', { ...valid, type: 'refreshNow' }],
    ['a string width', { ...valid, width: '189' }],
    ['an infinite height', { ...valid, height: Infinity }],
    ['NaN', { ...valid, width: NaN }],
    ['a missing flag', { channel: FRAME_CHANNEL, type: 'size', width: 1, height: 1 }],
    ['a string flag', { ...valid, open: 'true' }],
    ['an inherited channel', Object.assign(Object.create({ channel: FRAME_CHANNEL, type: 'size' }), { width: 1, height: 1, open: false })],
    ['a command of the background protocol', { type: 'connectToken', token: 'x' }],
    ['an array', [FRAME_CHANNEL, 'size', 1, 1, false]],
    ['null', null],
    ['a string', JSON.stringify(valid)],
  ])('ignores %s', (_name, data) => {
    expect(parseFrameMessage(data)).toBeNull();
  });

  it('never throws, and anything it accepts is within bounds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ channel: fc.constant(FRAME_CHANNEL), type: fc.constant('size'), width: fc.double(), height: fc.double(), open: fc.boolean() })), (data) => {
        const size = parseFrameMessage(data);
        if (size === null) return;
        expect(size.width).toBeGreaterThanOrEqual(0);
        expect(size.width).toBeLessThanOrEqual(MAX_FRAME_SIZE.width);
        expect(size.height).toBeGreaterThanOrEqual(0);
        expect(size.height).toBeLessThanOrEqual(MAX_FRAME_SIZE.height);
        expect(Number.isInteger(size.width) && Number.isInteger(size.height)).toBe(true);
      }),
    );
  });

  it('reads back every message the frame sends, rounded up to whole pixels', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 400, noNaN: true }), fc.double({ min: 0, max: 700, noNaN: true }), fc.boolean(), (width, height, open) => {
        expect(parseFrameMessage(frameSizeMessage({ width, height, open }))).toEqual({ width: Math.ceil(width), height: Math.ceil(height), open });
      }),
    );
  });
});
