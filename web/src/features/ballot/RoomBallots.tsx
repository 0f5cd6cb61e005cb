import { useApolloClient, useQuery } from '@apollo/client/react';
import './ballot.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomBallotFieldsFragment } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { describeActionError, type ActionErrorKey } from '../rooms/roomErrors';
import { useRoomAccess } from '../rooms/seat';
import { RateStudyInRoomDocument, RoomBallotsDocument } from './documents';
import { BALLOT_SCORES, ballotKey, savedScores, shownScore } from './scores';

type SaveState = { kind: 'saving' } | { kind: 'saved'; score: number } | { kind: 'refused'; reason: ActionErrorKey };

/** New shortlists come without a room event: the ballot looks again now and then. */
const POLL_MS = 20_000;

/**
 * The participants' multi-criteria vote in CONVERGE: each study shortlisted from the room, a 0–5
 * choice per criterion, saved as soon as it is chosen (one request after the other, so that the
 * last choice is the one kept). Shows nothing while the room has no shortlisted study.
 */
export default function RoomBallots() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { roomId, context } = useRoomAccess();
  const { data, error, loading, refetch } = useQuery(RoomBallotsDocument, { variables: { roomId }, context, fetchPolicy: 'cache-and-network', pollInterval: POLL_MS });
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef<Record<string, number>>({});
  const ballots = data?.roomBallots;
  const saved = useMemo(() => savedScores(ballots ?? []), [ballots]);

  const rate = useCallback(
    (studyId: string, criterionId: string, score: number) => {
      const key = ballotKey(studyId, criterionId);
      const attempt = (latest.current[key] ?? 0) + 1;
      latest.current[key] = attempt;
      setChosen((current) => ({ ...current, [key]: score }));
      setStates((current) => ({ ...current, [key]: { kind: 'saving' } }));
      queue.current = queue.current.then(async () => {
        let next: SaveState;
        try {
          await client.mutate({ mutation: RateStudyInRoomDocument, variables: { input: { roomId, studyId, criterionId, score } }, context, fetchPolicy: 'no-cache' });
          next = { kind: 'saved', score };
        } catch (failure) {
          next = { kind: 'refused', reason: describeActionError(failure) };
        }
        // A later choice of the same criterion, still queued, decides what is shown.
        if (latest.current[key] === attempt) setStates((current) => ({ ...current, [key]: next }));
      });
    },
    [client, context, roomId],
  );

  if (!ballots) {
    if (error) {
      return (
        <section className="ballot" aria-labelledby="ballot-title">
          <h2 id="ballot-title">{t('ballot.title')}</h2>
          <Alert tone="error">{t('ballot.loadFailed')}</Alert>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('ballot.retry')}
          </Button>
        </section>
      );
    }
    return loading ? <p className="ballot__loading">{t('ballot.loading')}</p> : null;
  }
  if (ballots.length === 0) return null;

  return (
    <section className="ballot" aria-labelledby="ballot-title">
      <h2 id="ballot-title">{t('ballot.title')}</h2>
      <p>{t('ballot.intro')}</p>
      <ul className="ballot__studies">
        {ballots.map((ballot) => (
          <li key={ballot.studyId}>
            <StudyBallot ballot={ballot} value={(criterionId) => shownScore(ballotKey(ballot.studyId, criterionId), chosen, saved)} state={(criterionId) => states[ballotKey(ballot.studyId, criterionId)]} onRate={rate} />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface StudyBallotProps {
  ballot: RoomBallotFieldsFragment;
  value: (criterionId: string) => number | null;
  state: (criterionId: string) => SaveState | undefined;
  onRate: (studyId: string, criterionId: string, score: number) => void;
}

function StudyBallot({ ballot, value, state, onRate }: StudyBallotProps) {
  const { t } = useTranslation();
  const headingId = `ballot-study-${ballot.studyId}`;
  return (
    <article className="ballot__study" aria-labelledby={headingId}>
      <h3 id={headingId}>{ballot.title}</h3>
      {ballot.summary && <p>{ballot.summary}</p>}
      {ballot.criteria.map((criterion) => {
        const current = value(criterion.id);
        const saving = state(criterion.id);
        const base = `ballot-${ballot.studyId}-${criterion.id}`;
        return (
          <fieldset key={criterion.id} className="ballot__criterion" aria-describedby={criterion.description ? `${base}-desc ${base}-state` : `${base}-state`}>
            <legend>{criterion.label}</legend>
            {criterion.description && (
              <p id={`${base}-desc`} className="ballot__hint">
                {criterion.description}
              </p>
            )}
            <div className="ballot__scores">
              {BALLOT_SCORES.map((score) => (
                <label key={score} className="ballot__score">
                  <input type="radio" name={base} value={score} checked={current === score} onChange={() => onRate(ballot.studyId, criterion.id, score)} />
                  <span>{score}</span>
                </label>
              ))}
            </div>
            <p id={`${base}-state`} className="ballot__state" role="status">
              {saving?.kind === 'saving' ? t('ballot.saving') : saving?.kind === 'saved' ? t('ballot.saved', { score: saving.score }) : current == null ? t('ballot.notScored') : ''}
            </p>
            <Alert tone="error">{saving?.kind === 'refused' ? t(saving.reason) : null}</Alert>
          </fieldset>
        );
      })}
    </article>
  );
}
