import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DroppableContainer,
  type ClientRect,
  type KeyboardCoordinateGetter,
  type KeyboardSensorProps,
  type SensorDescriptor,
  type SensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useMemo } from 'react';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { aimOf, centreOf, nextTarget, targetAt, type BoardTarget, type TargetBox } from './boardTargets';

/**
 * The pointer sensor for a mouse or a pen: a press becomes a drag after 4 pixels, so that a click stays a
 * click. Fingers are left to the touch sensor below.
 */
class MousePenSensor extends PointerSensor {
  static override activators: typeof PointerSensor.activators = PointerSensor.activators.map(({ eventName, handler }) => ({
    eventName,
    handler: (event, options) => event.nativeEvent.pointerType !== 'touch' && handler(event, options),
  }));
}

/**
 * dnd-kit's keyboard sensor, without losing a key pressed right after the pick-up. dnd-kit starts listening
 * for keys in a timeout (so that the key that picked the idea up does not also drop it), and the browser
 * handles input before timers: on a busy page, a key pressed as soon as the pick-up was announced could
 * reach the page before that listener, and was lost (an Escape that did not cancel, an arrow that moved
 * nothing, the drag left on). Until the listener is there (a timeout queued after dnd-kit's), keys are
 * held, then sent again in order.
 */
class BoardKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const target = props.event.target;
    const document = target instanceof Node ? (target.ownerDocument ?? null) : null;
    if (!document) return;
    const held: KeyboardEvent[] = [];
    const hold = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push(event);
    };
    document.addEventListener('keydown', hold, true);
    setTimeout(() => {
      document.removeEventListener('keydown', hold, true);
      for (const event of held) {
        const to = event.target instanceof Node && event.target.isConnected ? event.target : document.body;
        to.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, code: event.code, shiftKey: event.shiftKey, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true }));
      }
    });
  }
}

const MOUSE_PEN_OPTIONS = { activationConstraint: { distance: 4 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 150, tolerance: 8 } };

/**
 * The sensors of the console's drag and drop: mouse and pen (PointerSensor), touch (a short press, so that
 * a swipe over a handle still scrolls the page), and — when `keyboard` gives how arrow keys move — the
 * keyboard (Space or Enter picks up and drops, Escape cancels). Without it, keys stay with the element.
 * The same array from one render to the next (options are constants or memoised): a console re-rendered
 * by a room event mid-drag hands dnd-kit the same sensors, activators and handle listeners.
 */
export function useDndSensors(keyboard?: KeyboardCoordinateGetter): SensorDescriptor<SensorOptions>[] {
  // dnd-kit scrolls the page when an arrow key aims past the middle of the window: at once, not smoothly,
  // or a key pressed during the scroll would start from wherever the animation had got to.
  const keyOptions = useMemo(() => ({ coordinateGetter: keyboard, scrollBehavior: 'instant' as const }), [keyboard]);
  const keys = useSensor(BoardKeyboardSensor, keyOptions);
  return useSensors(useSensor(MousePenSensor, MOUSE_PEN_OPTIONS), useSensor(TouchSensor, TOUCH_OPTIONS), keyboard ? keys : null);
}

/** What the console's draggables carry: the idea. */
export interface DragData {
  idea: IdeaFieldsFragment;
}

/** What the board's droppables carry: where the idea would land, and its name (an idea's title, a group's label). */
export interface DropData {
  target: BoardTarget;
  label: string;
}

export const draggedIdea = (data: { current?: unknown } | undefined) => (data?.current as DragData | undefined)?.idea ?? null;
/** The dragged idea's title, for announcements. */
export const draggedTitle = (active: { data: { current?: unknown } }) => draggedIdea(active.data)?.title ?? '';
export const dropData = (data: { current?: unknown } | undefined) => (data?.current as DropData | undefined) ?? null;
const dropTarget = (data: { current?: unknown } | undefined) => dropData(data)?.target ?? null;

function boxesOf(containers: readonly DroppableContainer[], rects: ReadonlyMap<UniqueIdentifier, ClientRect>): TargetBox<UniqueIdentifier>[] {
  return containers.flatMap((container) => {
    const rect = rects.get(container.id);
    const target = dropTarget(container.data);
    return rect && target && !container.disabled ? [{ id: container.id, target, rect }] : [];
  });
}

/**
 * Collisions on the board: the innermost target under the pointer (under the middle of the dragged item
 * when the keyboard drags it), never the dragged idea itself.
 */
export const boardCollision: CollisionDetection = ({ active, collisionRect, droppableRects, droppableContainers, pointerCoordinates }) => {
  const hit = targetAt(pointerCoordinates ?? centreOf(collisionRect), boxesOf(droppableContainers, droppableRects), draggedIdea(active.data)?.id ?? null);
  const container = hit && droppableContainers.find((c) => c.id === hit.id);
  return hit && container ? [{ id: hit.id, data: { droppableContainer: container, value: 0 } }] : [];
};

const FORWARD = new Set(['ArrowDown', 'ArrowRight']);
const BACKWARD = new Set(['ArrowUp', 'ArrowLeft']);

/** Arrow keys during a keyboard drag on the board: to the next or the previous target, in reading order. */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context: { active, collisionRect, droppableRects, droppableContainers } }) => {
  const forward = FORWARD.has(event.code);
  if (!forward && !BACKWARD.has(event.code)) return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;
  const next = nextTarget(boxesOf(droppableContainers.getEnabled(), droppableRects), centreOf(collisionRect), forward, draggedIdea(active.data)?.id ?? null);
  if (!next) return undefined;
  const aim = aimOf(next);
  return { x: aim.x - collisionRect.width / 2, y: aim.y - collisionRect.height / 2 };
};
