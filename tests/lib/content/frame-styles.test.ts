/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { applyFrameSize, FLOATING_OFFSET_PX, styleFrame, styleHost } from '@/lib/content/frame-styles';

function elements() {
  const host = document.createElement('div');
  const frame = document.createElement('iframe');
  host.append(frame);
  return { host, frame };
}

describe('frame styles', () => {
  it('sizes host and frame to the closed pill, so the navbar makes room for it', () => {
    const { host, frame } = elements();

    applyFrameSize(host, frame, { width: 189, height: 40, open: false });

    expect([frame.style.width, frame.style.height, host.style.width, host.style.height]).toEqual(['189px', '40px', '189px', '40px']);
  });

  it('grows only the frame while the panel is open, so the navbar does not move', () => {
    const { host, frame } = elements();
    applyFrameSize(host, frame, { width: 189, height: 40, open: false });

    applyFrameSize(host, frame, { width: 380, height: 519, open: true });

    expect([frame.style.width, frame.style.height, host.style.width, host.style.height]).toEqual(['380px', '519px', '189px', '40px']);
  });

  it('marks every style important, so page CSS cannot restyle the widget', () => {
    const { host, frame } = elements();

    styleHost(host, 'navbar');
    styleFrame(frame);

    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(frame.style.getPropertyPriority('position')).toBe('important');
    expect(frame.style.getPropertyValue('border-top-width') || frame.style.getPropertyValue('border')).toMatch(/^0/);
  });

  it.each([
    ['navbar', 'relative', ''],
    ['floating', 'fixed', `${FLOATING_OFFSET_PX.top}px`],
  ] as const)('places the host %s', (kind, position, top) => {
    const { host } = elements();
    styleHost(host, kind === 'navbar' ? 'floating' : 'navbar');

    styleHost(host, kind);

    expect(host.style.position).toBe(position);
    if (top) expect(host.style.top).toBe(top);
    else expect(['auto', '']).toContain(host.style.top);
  });

  it('keeps the frame transparent: the same colour scheme as the widget page', () => {
    const { frame } = elements();

    styleFrame(frame);

    expect(frame.style.getPropertyValue('color-scheme')).toBe('light dark');
    expect(frame.style.getPropertyValue('background-color')).toBe('transparent');
  });
});
