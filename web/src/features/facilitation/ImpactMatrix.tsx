import { DndContext, useDraggable, useDroppable, type Announcements, type DragEndEvent, type DragMoveEvent, type DraggableSyntheticListeners } from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { MatrixPlot, placedIdeas, pointStyle, usePlacementText } from './MatrixChart';
import { CENTRE, placementAfterKey, placementAt, type Placement } from './matrixGeometry';
import { draggedIdea, draggedTitle, useDndSensors, type DragData } from './dnd';
import { usePlacement } from './usePlacement';
import type { ConsoleRoom } from './useAction';

const PLOT = 'matrix-plot';

/** Something dragged onto the matrix: a point on it, or an idea's "Place" button in the list. */
function Draggable({ idea, kind, children }: { idea: IdeaFieldsFragment; kind: 'point' | 'place'; children: (props: { setNode: (element: HTMLElement | null) => void; dragProps: DraggableSyntheticListeners }) => ReactNode }) {
  const { t } = useTranslation();
  const data: DragData = { idea };
  // Only the pointer and touch listeners: the keyboard places ideas with "Place" and the arrow keys, move by move.
  const { listeners, setNodeRef } = useDraggable({ id: `${kind}:${idea.id}`, data, attributes: { roleDescription: t('dnd.roleDescription') } });
  return children({ setNode: setNodeRef, dragProps: listeners });
}

/** The plot as dnd-kit's drop target (it must be inside the DndContext). */
function DropPlot({ plotRef: outerRef, children }: { plotRef: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: PLOT });
  const plotRef = (element: HTMLDivElement | null) => {
    outerRef.current = element;
    setNodeRef(element);
  };
  return <MatrixPlot plotRef={plotRef}>{children}</MatrixPlot>;
}

/** Where the pointer is during a drag: where it was pressed, plus how far it went. */
function pointerOf({ activatorEvent, delta }: Pick<DragMoveEvent, 'activatorEvent' | 'delta'>) {
  const start = getEventCoordinates(activatorEvent);
  return start && { x: start.x + delta.x, y: start.y + delta.y };
}

/**
 * The facilitator's impact/feasibility matrix (CONVERGE). Ideas are placed by dragging them with dnd-kit (points
 * on the plot, or ideas from the list onto it; mouse, pen or touch) or from the keyboard: "Place" puts an idea in the middle and
 * focuses its point; arrow keys move it (Shift: bigger steps), Delete takes it off. Every move is
 * announced. Outside CONVERGE the matrix is shown read-only.
 */
export function ImpactMatrix({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const describe = usePlacementText();
  const instructionsId = useId();
  const editable = room.phase === 'CONVERGE';
  const { place, error } = usePlacement(room.id);
  const plot = useRef<HTMLDivElement>(null);
  const points = useRef(new Map<string, HTMLButtonElement>());
  const placeButtons = useRef(new Map<string, HTMLButtonElement>());
  const [dragging, setDragging] = useState<{ id: string; at: Placement | null } | null>(null);
  const [focusOn, setFocusOn] = useState<{ id: string; target: 'point' | 'place' } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Where the last moves put each idea, until the cache shows it: keys pressed faster than React renders
  // step from there, not from the position last drawn.
  const moving = useRef(new Map<string, Placement | null>());

  const placed = placedIdeas(room.ideas);
  const numberOf = new Map(room.ideas.map((idea, index) => [idea.id, index + 1]));

  useEffect(() => {
    if (!focusOn) return;
    const element = (focusOn.target === 'point' ? points : placeButtons).current.get(focusOn.id);
    if (!element) return;
    element.focus();
    setFocusOn(null);
  }, [focusOn, room.ideas]);

  useEffect(() => {
    for (const idea of room.ideas) {
      const target = moving.current.get(idea.id);
      if (target !== undefined && target?.impact === idea.matrix?.impact && target?.feasibility === idea.matrix?.feasibility) moving.current.delete(idea.id);
    }
  }, [room.ideas]);

  useEffect(() => {
    if (error) moving.current.clear();
  }, [error]);

  const move = (idea: IdeaFieldsFragment, at: Placement | null) => {
    moving.current.set(idea.id, at);
    place(idea, at);
    setAnnouncement(at ? t('facilitation.matrix.moved', { title: idea.title, placement: describe(at) }) : t('facilitation.matrix.removed', { title: idea.title }));
  };

  const sensors = useDndSensors();
  const placementOf = (event: Pick<DragMoveEvent, 'activatorEvent' | 'delta'>) => {
    const at = pointerOf(event);
    return at && plot.current ? placementAt(plot.current.getBoundingClientRect(), at.x, at.y) : null;
  };
  const onDragMove = (event: DragMoveEvent) => {
    const idea = draggedIdea(event.active.data);
    if (idea) setDragging({ id: idea.id, at: placementOf(event) });
  };
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const idea = draggedIdea(event.active.data);
    const at = placementOf(event);
    if (idea && at) {
      move(idea, at);
      setFocusOn({ id: idea.id, target: 'point' });
    }
  };
  // The same object from one render to the next, as on the board (IdeasPanel): a re-render mid-drag (a room
  // event) does not re-subscribe dnd-kit's announcer.
  const accessibility = useMemo(() => {
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.matrix.start', { title: draggedTitle(active) }),
      onDragOver: ({ active, over }) => t(over ? 'dnd.matrix.over' : 'dnd.matrix.outside', { title: draggedTitle(active) }),
      // Where the idea lands is said by the matrix's own announcement once it is placed.
      onDragEnd: ({ active, over }) => t(over ? 'dnd.matrix.drop' : 'dnd.matrix.dropOutside', { title: draggedTitle(active) }),
      onDragCancel: ({ active }) => t('dnd.matrix.cancel', { title: draggedTitle(active) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.matrix.instructions') } };
  }, [t]);

  const onPointKey = (idea: IdeaFieldsFragment, drawn: Placement) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const from = moving.current.get(idea.id) ?? drawn;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      move(idea, null);
      setFocusOn({ id: idea.id, target: 'place' });
      return;
    }
    const next = placementAfterKey(from, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    if (next.impact !== from.impact || next.feasibility !== from.feasibility) move(idea, next);
  };

  const ghost = dragging?.at && !room.ideas.find((i) => i.id === dragging.id)?.matrix ? dragging : null;

  return (
    <section className="matrix" aria-labelledby="console-matrix-title">
      <h3 id="console-matrix-title">{t('facilitation.matrix.title')}</h3>
      <p className="field__hint" id={instructionsId}>
        {editable ? t('facilitation.matrix.instructions') : t('facilitation.matrix.readOnly')}
      </p>
      <DndContext
        sensors={sensors}
        autoScroll={false}
        accessibility={accessibility}
        onDragMove={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
      >
        <DropPlot plotRef={plot}>
          {placed.map(({ idea, number, at }) => {
            const shown = dragging?.id === idea.id && dragging.at ? dragging.at : at;
            const label = t('facilitation.matrix.pointLabel', { number, title: idea.title, placement: describe(shown) });
            return editable ? (
              <Draggable key={idea.id} idea={idea} kind="point">
                {({ setNode, dragProps }) => (
                  <button
                    type="button"
                    className="matrix__point"
                    style={pointStyle(shown)}
                    aria-label={label}
                    aria-describedby={instructionsId}
                    data-idea-id={idea.id}
                    ref={(el) => {
                      if (el) points.current.set(idea.id, el);
                      else points.current.delete(idea.id);
                      setNode(el);
                    }}
                    {...dragProps}
                    onKeyDown={onPointKey(idea, at)}
                  >
                    {number}
                  </button>
                )}
              </Draggable>
            ) : (
              <span key={idea.id} className="matrix__point matrix__point--static" style={pointStyle(at)} role="img" aria-label={label}>
                {number}
              </span>
            );
          })}
          {ghost?.at && (
            <span className="matrix__point matrix__point--ghost" style={pointStyle(ghost.at)} aria-hidden="true">
              {numberOf.get(ghost.id)}
            </span>
          )}
        </DropPlot>
        <ul className="matrix__list" aria-label={t('facilitation.matrix.listLabel')}>
          {room.ideas.map((idea) => (
            <li key={idea.id} className="matrix__item">
              <span className="matrix__number" aria-hidden="true">
                {numberOf.get(idea.id)}.
              </span>
              <span>{idea.title}</span>
              <span className="field__hint">{idea.matrix ? describe(idea.matrix) : t('facilitation.matrix.notPlaced')}</span>
              {editable && !idea.matrix && (
                <Draggable idea={idea} kind="place">
                  {({ setNode, dragProps }) => (
                    <button
                      type="button"
                      className="button button--secondary matrix__handle"
                      aria-label={t('facilitation.matrix.placeLabel', { title: idea.title })}
                      ref={(el) => {
                        if (el) placeButtons.current.set(idea.id, el);
                        else placeButtons.current.delete(idea.id);
                        setNode(el);
                      }}
                      {...dragProps}
                      onClick={() => {
                        move(idea, CENTRE);
                        setFocusOn({ id: idea.id, target: 'point' });
                      }}
                    >
                      {t('facilitation.matrix.place')}
                    </button>
                  )}
                </Draggable>
              )}
              {editable && idea.matrix && (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('facilitation.matrix.removeLabel', { title: idea.title })}
                  onClick={() => {
                    move(idea, null);
                    setFocusOn({ id: idea.id, target: 'place' });
                  }}
                >
                  {t('facilitation.matrix.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </DndContext>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <Alert tone="error">{error ? t(error) : null}</Alert>
    </section>
  );
}
