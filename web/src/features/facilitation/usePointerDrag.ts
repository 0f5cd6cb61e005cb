import { useEffect, useRef, type MouseEvent, type PointerEvent } from 'react';

export interface DragHandlers<T> {
  /** The pointer moved while dragging `item` (client coordinates). */
  onMove(item: T, x: number, y: number): void;
  /** The drag ended: dropped at (x, y), or cancelled (null). Called only if the pointer moved. */
  onDrop(item: T, at: { x: number; y: number } | null): void;
}

/** Pixels a pointer must travel before a press becomes a drag (a shorter press stays a click). */
const THRESHOLD = 4;

/**
 * Pointer dragging (mouse, pen and touch alike) without HTML drag and drop, which touch screens lack.
 * `bind(item)` gives the handlers for the element to drag; the element keeps the pointer while it moves
 * (pointer capture). The click that follows a drag is swallowed, so a button can be both dragged and pressed.
 * Elements using it need `touch-action: none` so that a finger drags instead of scrolling.
 */
export function usePointerDrag<T>(handlers: DragHandlers<T>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const drag = useRef<{ item: T; pointerId: number; x: number; y: number; moving: boolean } | null>(null);
  const swallowClick = useRef(false);

  const end = (event: PointerEvent<HTMLElement>, dropped: boolean) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    if (!current.moving) return;
    swallowClick.current = dropped;
    latest.current.onDrop(current.item, dropped ? { x: event.clientX, y: event.clientY } : null);
  };

  return (item: T) => ({
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0 || drag.current) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      drag.current = { item, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moving: false };
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const current = drag.current;
      if (!current || current.pointerId !== event.pointerId) return;
      if (!current.moving && Math.hypot(event.clientX - current.x, event.clientY - current.y) < THRESHOLD) return;
      current.moving = true;
      latest.current.onMove(current.item, event.clientX, event.clientY);
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => end(event, true),
    onPointerCancel: (event: PointerEvent<HTMLElement>) => end(event, false),
    onClickCapture(event: MouseEvent<HTMLElement>) {
      if (!swallowClick.current) return;
      swallowClick.current = false;
      event.preventDefault();
      event.stopPropagation();
    },
  });
}
