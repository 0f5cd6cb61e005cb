import { DndContext, DragOverlay, useDndContext, useDraggable, useDroppable, type Announcements, type DndContextProps, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { IdeaCard } from '../board/IdeaCard';
import { IdeaGroups } from '../board/IdeaGroups';
import { ConfirmDialog } from './ConfirmDialog';
import { DeleteClusterDocument, MergeIdeasDocument, MoveIdeaDocument, SaveClusterDocument } from './documents';
import type { BoardTarget } from './boardTargets';
import { boardCollision, boardKeyboardCoordinates, draggedIdea, draggedTitle, dropData, useDndSensors, type DragData, type DropData } from './dnd';
import { useAction, type ConsoleRoom } from './useAction';
import { ShortlistButton } from '../pipeline/ShortlistButton';

const NO_CLUSTER = '';

const dropId = (target: BoardTarget) => (target.kind === 'idea' ? `drop-idea:${target.ideaId}` : `drop-group:${target.clusterId}`);

/** An idea's handle: dragged with a mouse, a pen, a finger, or from the keyboard (Space, arrows, Space). */
function DragHandle({ idea }: { idea: IdeaFieldsFragment }) {
  const { t } = useTranslation();
  const data: DragData = { idea };
  const { attributes, listeners, setNodeRef } = useDraggable({ id: `idea:${idea.id}`, data, attributes: { roleDescription: t('dnd.roleDescription') } });
  return (
    <button type="button" className="drag-handle" ref={setNodeRef} {...attributes} {...listeners} aria-label={t('dnd.board.handleLabel', { title: idea.title })} title={t('facilitation.dnd.handleTitle')} data-drag-idea={idea.id}>
      <span aria-hidden="true">⠿</span> {t('facilitation.dnd.handle')}
    </button>
  );
}

/** Where an idea can be dropped: on another idea (merge) or in a group. */
function DropZone({ target, label, children }: { target: BoardTarget; label: string; children: ReactNode }) {
  const data: DropData = { target, label };
  const { setNodeRef, isOver } = useDroppable({ id: dropId(target), data });
  return (
    <div ref={setNodeRef} className={isOver && target.kind === 'idea' ? 'drop-target' : undefined}>
      {children}
    </div>
  );
}

/** "Drop here" next to a group's title while an idea is over the group. */
function DropHint({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const { over } = useDndContext();
  return over?.id === dropId({ kind: 'cluster', clusterId }) ? <span className="tag drop-target">{t('facilitation.dnd.dropHere')}</span> : null;
}

/**
 * Inside the DndContext: calls `onIdle(null)` whenever dnd-kit holds nothing, so that the board drawn
 * during a drag is let go even after a drag that ended without an end or cancel event.
 */
function WhenIdle({ onIdle }: { onIdle(value: null): void }) {
  const idle = useDndContext().active === null;
  useEffect(() => {
    if (idle) onIdle(null);
  }, [idle, onIdle]);
  return null;
}

/**
 * What screen readers hear while an idea is dragged on the board (dnd-kit's live region, with its
 * instructions): the same object from one render to the next, so that a re-render mid-drag does not
 * re-subscribe the announcer.
 */
function useBoardAccessibility(): DndContextProps['accessibility'] {
  const { t } = useTranslation();
  return useMemo(() => {
    /** Where the idea is (`over`) or was dropped (`drop`): on an idea, in a group, or nowhere. */
    const where = (when: 'over' | 'drop', active: DragEndEvent['active'], over: DragEndEvent['over']) => {
      const title = draggedTitle(active);
      const drop = over && dropData(over.data);
      if (!drop) return t(`dnd.board.${when}Nothing`, { title });
      return drop.target.kind === 'idea' ? t(`dnd.board.${when}Idea`, { title, target: drop.label }) : t(`dnd.board.${when}Group`, { title, group: drop.label });
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.board.start', { title: draggedTitle(active) }),
      onDragOver: ({ active, over }) => where('over', active, over),
      onDragEnd: ({ active, over }) => where('drop', active, over),
      onDragCancel: ({ active }) => t('dnd.board.cancel', { title: draggedTitle(active) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.board.instructions') } };
  }, [t]);
}

/** What the board draws: the room's ideas and groups, and whether they can be regrouped now. */
interface Board {
  ideas: ConsoleRoom['ideas'];
  clusters: ConsoleRoom['clusters'];
  grouping: boolean;
}

/**
 * The board for the facilitator: create groups, move ideas into them, merge ideas. An idea's handle drags
 * it (dnd-kit: mouse, touch or keyboard) onto another idea (merge, after a confirmation) or into a group;
 * without dragging, the group menu and the merge checkboxes do the same.
 */
export function IdeasPanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { client, busy, error, done, run, apply } = useAction(room.id);
  const [label, setLabel] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState<string | null>(null);
  const live: Board = { ideas: room.ideas, clusters: room.clusters, grouping: room.phase !== 'NEEDS' && room.phase !== 'CLOSED' };
  // While an idea is dragged, the panel draws the board as it was when the drag began; what the room's
  // events change meanwhile (an idea added, moved, merged or deleted, a group created, the phase) shows
  // once the idea is dropped. Otherwise such a re-render could unmount the dragged idea's handle (its
  // group re-keyed, the flat list becoming groups), or move the targets that the arrow keys go through
  // away from where dnd-kit measured them: a keyboard drag would stop answering, or jump to a wrong target.
  const [drag, setDrag] = useState<{ idea: IdeaFieldsFragment; board: Board } | null>(null);
  const { ideas, clusters, grouping } = drag?.board ?? live;
  const chosen = ideas.filter((i) => selected.includes(i.id));
  const keep = chosen.find((i) => i.id === target) ?? chosen[0];
  // An idea moved to another group is drawn anew there: its handle gets the focus back (keyboard drags).
  const focusHandle = useRef<string | null>(null);
  const sensors = useDndSensors(boardKeyboardCoordinates);
  const accessibility = useBoardAccessibility();
  const [pendingMerge, setPendingMerge] = useState<{ source: IdeaFieldsFragment; target: IdeaFieldsFragment } | null>(null);

  const createCluster = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    void run(async () => {
      const { data } = await client.mutate({ mutation: SaveClusterDocument, variables: { input: { roomId: room.id, label: name } }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'ClusterChanged', cluster: data.saveCluster });
      setLabel('');
      return t('console.clusterCreated', { label: name });
    });
  };

  const moveTo = async (idea: IdeaFieldsFragment, clusterId: string) => {
    const { data } = await client.mutate({ mutation: MoveIdeaDocument, variables: { input: { roomId: room.id, ideaId: idea.id, clusterId: clusterId || null } }, fetchPolicy: 'no-cache' });
    if (data) apply({ __typename: 'IdeaUpdated', idea: data.moveIdea });
  };
  const move = (idea: IdeaFieldsFragment, clusterId: string) => run(() => moveTo(idea, clusterId));

  const deleteCluster = (clusterId: string) =>
    run(async () => {
      await client.mutate({ mutation: DeleteClusterDocument, variables: { roomId: room.id, clusterId }, fetchPolicy: 'no-cache' });
      apply({ __typename: 'ClusterRemoved', clusterId });
    });

  const mergeInto = (into: IdeaFieldsFragment, sourceIds: string[]) =>
    run(async () => {
      const { data } = await client.mutate({ mutation: MergeIdeasDocument, variables: { input: { roomId: room.id, targetId: into.id, sourceIds } }, fetchPolicy: 'no-cache' });
      if (data) apply({ __typename: 'IdeasMerged', idea: data.mergeIdeas, sourceIds });
      setSelected((s) => s.filter((id) => id !== into.id && !sourceIds.includes(id)));
      setTarget(null);
      return t('console.merged', { title: into.title });
    });

  const merge = () => {
    if (!keep || chosen.length < 2) return;
    void mergeInto(
      keep,
      chosen.filter((i) => i.id !== keep.id).map((i) => i.id),
    );
  };

  useEffect(() => {
    if (!focusHandle.current) return;
    const handle = document.querySelector<HTMLElement>(`[data-drag-idea="${CSS.escape(focusHandle.current)}"]`);
    if (!handle) return;
    handle.focus();
    focusHandle.current = null;
  });

  const onDragStart = ({ active }: DragStartEvent) => {
    const idea = draggedIdea(active.data);
    setDrag(idea && { idea, board: live });
  };
  // The drop acts on the room as it is now (`room`), not on the board drawn during the drag.
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDrag(null);
    const dragged = draggedIdea(active.data);
    const drop = over && dropData(over.data);
    if (!dragged || !drop) return;
    const idea = room.ideas.find((i) => i.id === dragged.id) ?? dragged;
    const { target, label } = drop;
    if (target.kind === 'idea' && target.ideaId !== idea.id) {
      const into = room.ideas.find((i) => i.id === target.ideaId);
      if (into) setPendingMerge({ source: idea, target: into });
    } else if (target.kind === 'cluster' && target.clusterId !== (idea.clusterId ?? NO_CLUSTER)) {
      void run(async () => {
        await moveTo(idea, target.clusterId);
        focusHandle.current = idea.id;
        return t('facilitation.dnd.moved', { title: idea.title, group: label });
      });
    }
  };

  const clusterOptions = [{ value: NO_CLUSTER, label: t('board.ungrouped') }, ...clusters.map((c) => ({ value: c.id, label: c.label }))];

  return (
    <section className="panel console__section" aria-labelledby="console-ideas-title">
      <h2 id="console-ideas-title">{t('console.ideasTitle', { count: room.ideas.length })}</h2>
      {grouping && (
        <form className="inline-form" noValidate onSubmit={createCluster}>
          <TextField label={t('console.clusterLabel')} name="cluster" maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} />
          <Button type="submit" variant="secondary" busy={busy} disabled={!label.trim()}>
            {t('console.createCluster')}
          </Button>
        </form>
      )}

      {grouping && (
        <div className="merge" aria-live="polite">
          {chosen.length < 2 ? (
            <p className="field__hint">{t('console.mergeHint')}</p>
          ) : (
            <fieldset className="merge__box">
              <legend>{t('console.mergeTitle', { count: chosen.length })}</legend>
              <p className="field__label">{t('console.mergeTarget')}</p>
              {chosen.map((idea) => (
                <label key={idea.id} className="radio">
                  <input type="radio" name="merge-target" checked={keep?.id === idea.id} onChange={() => setTarget(idea.id)} /> {idea.title}
                </label>
              ))}
              <Button busy={busy} onClick={merge}>
                {t('console.merge')}
              </Button>
            </fieldset>
          )}
        </div>
      )}

      {grouping && ideas.length > 1 && <p className="field__hint">{t('facilitation.dnd.hint')}</p>}
      {ideas.length === 0 ? (
        <p>{t('board.noIdeas')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={boardCollision}
          accessibility={accessibility}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDrag(null)}
        >
          <IdeaGroups
            ideas={ideas}
            clusters={clusters}
            grouped
            level={3}
            renderClusterTools={(cluster) =>
              grouping && (
                <>
                  <DropHint clusterId={cluster.id} />
                  <Button variant="quiet" aria-label={t('console.deleteClusterLabel', { label: cluster.label })} onClick={() => void deleteCluster(cluster.id)}>
                    {t('console.deleteCluster')}
                  </Button>
                </>
              )
            }
            wrapGroup={(group, section) =>
              grouping ? (
                <DropZone target={{ kind: 'cluster', clusterId: group.clusterId }} label={group.label}>
                  {section}
                </DropZone>
              ) : (
                section
              )
            }
            renderIdea={(idea, level) => (
              <DropZone target={{ kind: 'idea', ideaId: idea.id }} label={idea.title}>
                <IdeaCard idea={idea} meId={null} headingLevel={level} showTally>
                  {grouping && (
                    <div className="idea__tools">
                      <DragHandle idea={idea} />
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          className="checkbox__input"
                          checked={selected.includes(idea.id)}
                          onChange={(e) => setSelected((s) => (e.target.checked ? [...s, idea.id] : s.filter((id) => id !== idea.id)))}
                        />
                        <span className="checkbox__label">
                          {t('console.select')}
                          <span className="visually-hidden">{t('console.selectLabel', { title: idea.title })}</span>
                        </span>
                      </label>
                      <SelectField label={t('console.moveLabel', { title: idea.title })} hideLabel options={clusterOptions} value={idea.clusterId ?? NO_CLUSTER} disabled={busy} onChange={(e) => void move(idea, e.target.value)} />
                    </div>
                  )}
                  {room.phase === 'CONVERGE' && <ShortlistButton ideaId={idea.id} title={idea.title} />}
                </IdeaCard>
              </DropZone>
            )}
          />
          <WhenIdle onIdle={setDrag} />
          <DragOverlay dropAnimation={null}>
            {drag && (
              <div className="drag-ghost" aria-hidden="true">
                {drag.idea.title}
              </div>
            )}
          </DragOverlay>
        </DndContext>
      )}
      <ConfirmDialog
        open={pendingMerge !== null}
        title={pendingMerge ? t('facilitation.dnd.confirmTitle', { source: pendingMerge.source.title, target: pendingMerge.target.title }) : ''}
        body={t('facilitation.dnd.confirmBody')}
        confirmLabel={t('console.merge')}
        cancelLabel={t('facilitation.dnd.cancel')}
        onCancel={() => setPendingMerge(null)}
        onConfirm={() => {
          if (!pendingMerge) return;
          setPendingMerge(null);
          void mergeInto(pendingMerge.target, [pendingMerge.source.id]);
        }}
      />
      <Alert tone="error">{error ? t(error) : null}</Alert>
      <Alert tone="info">{done}</Alert>
    </section>
  );
}
