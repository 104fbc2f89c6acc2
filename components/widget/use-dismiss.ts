import { useEffect, type RefObject } from 'react';

/**
 * Closes the open panel on Escape (focus then returns to the pill), on a pointer press
 * outside the pill and the panel, and when the frame loses focus: a click anywhere on the
 * page, or a new tab opened from the panel.
 */
export function useDismiss(
  open: boolean,
  close: (returnFocus: boolean) => void,
  inside: readonly RefObject<HTMLElement | null>[],
): void {
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!inside.some((ref) => target !== null && ref.current?.contains(target))) close(false);
    };
    const onBlur = () => close(false);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('blur', onBlur);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('blur', onBlur);
    };
  }, [open, close, inside]);
}
