import { useLayoutEffect, type RefObject } from 'react';
import type { FrameSize } from '@/lib/content/frame-protocol';

/**
 * Reports the size of the widget's root element (the pill, plus the panel while open) once
 * `ready` and whenever it changes after, so the content script can size the frame to fit.
 */
export function useFrameSize(ref: RefObject<HTMLElement | null>, ready: boolean, open: boolean, post: (size: FrameSize) => void): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !ready) return;
    const send = () => {
      const rect = element.getBoundingClientRect();
      post({ width: rect.width, height: rect.height, open });
    };
    send();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(send);
    // The border box: opening the panel changes the padding as well as the content.
    observer.observe(element, { box: 'border-box' });
    return () => observer.disconnect();
  }, [ref, ready, open, post]);
}
