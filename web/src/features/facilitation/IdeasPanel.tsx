import { useState, type FormEvent } from 'react';
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
import { useAction, type ConsoleRoom } from './useAction';
import { usePointerDrag } from './usePointerDrag';

const NO_CLUSTER = '';

/** Where a dragged idea would land: on another idea (merge) or in a group (`clusterId` '' = ungrouped). */
type DropTarget = { kind: 'idea'; ideaId: string } | { kind: 'cluster'; clusterId: string };

function dropTargetAt(x: number, y: number): DropTarget | null {
  const element = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-drop-idea], [data-cluster-id]');
  if (!element) return null;
  if (element.dataset['dropIdea']) return { kind: 'idea', ideaId: element.dataset['dropIdea'] };
  return { kind: 'cluster', clusterId: element.dataset['clusterId'] ?? NO_CLUSTER };
}

/**
 * The board for the facilitator: create groups, move ideas into them, merge ideas. With a pointer, an
 * idea's handle drags it onto another idea (merge, after a confirmation) or into a group; the keyboard
 * path is the group menu and the merge checkboxes.
 */
export function IdeasPanel({ room }: { room: ConsoleRoom }) {
  const { t } = useTranslation();
  const { client, busy, error, done, run, apply } = useAction(room.id);
  const [label, setLabel] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [target, setTarget] = useState<string | null>(null);
  const grouping = room.phase !== 'NEEDS' && room.phase !== 'CLOSED';
  const chosen = room.ideas.filter((i) => selected.includes(i.id));
  const keep = chosen.find((i) => i.id === target) ?? chosen[0];
  const [dragging, setDragging] = useState<{ idea: IdeaFieldsFragment; x: number; y: number; over: DropTarget | null } | null>(null);
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

  const drag = usePointerDrag<IdeaFieldsFragment>({
    onMove: (idea, x, y) => {
      // Near the top or bottom of the window, scroll to reach what is off screen.
      const edge = 48;
      if (y < edge) window.scrollBy(0, -24);
      else if (y > window.innerHeight - edge) window.scrollBy(0, 24);
      const over = dropTargetAt(x, y);
      setDragging({ idea, x, y, over: over?.kind === 'idea' && over.ideaId === idea.id ? null : over });
    },
    onDrop: (idea, at) => {
      setDragging(null);
      const over = at && dropTargetAt(at.x, at.y);
      if (over?.kind === 'idea' && over.ideaId !== idea.id) {
        const into = room.ideas.find((i) => i.id === over.ideaId);
        if (into) setPendingMerge({ source: idea, target: into });
      } else if (over?.kind === 'cluster' && over.clusterId !== (idea.clusterId ?? NO_CLUSTER)) {
        const label = room.clusters.find((c) => c.id === over.clusterId)?.label ?? t('board.ungrouped');
        void run(async () => {
          await moveTo(idea, over.clusterId);
          return t('facilitation.dnd.moved', { title: idea.title, group: label });
        });
      }
    },
  });
  const isOver = (target: DropTarget) =>
    dragging?.over?.kind === target.kind && (target.kind === 'idea' ? dragging.over.kind === 'idea' && dragging.over.ideaId === target.ideaId : dragging.over.kind === 'cluster' && dragging.over.clusterId === target.clusterId);

  const clusterOptions = [{ value: NO_CLUSTER, label: t('board.ungrouped') }, ...room.clusters.map((c) => ({ value: c.id, label: c.label }))];

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

      {grouping && room.ideas.length > 1 && <p className="field__hint">{t('facilitation.dnd.hint')}</p>}
      {room.ideas.length === 0 ? (
        <p>{t('board.noIdeas')}</p>
      ) : (
        <IdeaGroups
          ideas={room.ideas}
          clusters={room.clusters}
          grouped
          level={3}
          renderClusterTools={(cluster) =>
            grouping && (
              <>
                {isOver({ kind: 'cluster', clusterId: cluster.id }) && <span className="tag drop-target">{t('facilitation.dnd.dropHere')}</span>}
                <Button variant="quiet" aria-label={t('console.deleteClusterLabel', { label: cluster.label })} onClick={() => void deleteCluster(cluster.id)}>
                  {t('console.deleteCluster')}
                </Button>
              </>
            )
          }
          renderIdea={(idea, level) => (
            <div data-drop-idea={idea.id} className={isOver({ kind: 'idea', ideaId: idea.id }) ? 'drop-target' : undefined}>
              <IdeaCard idea={idea} meId={null} headingLevel={level} showTally>
                {grouping && (
                  <div className="idea__tools">
                    <span className="drag-handle" aria-hidden="true" title={t('facilitation.dnd.handleTitle')} data-drag-idea={idea.id} {...drag(idea)}>
                      ⠿ {t('facilitation.dnd.handle')}
                    </span>
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
              </IdeaCard>
            </div>
          )}
        />
      )}
      {dragging && (
        <div className="drag-ghost" style={{ left: dragging.x, top: dragging.y }} aria-hidden="true">
          {dragging.idea.title}
        </div>
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
