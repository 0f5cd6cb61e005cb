import { lazy, Suspense } from 'react';

const RoomBallots = lazy(() => import('./RoomBallots'));

/**
 * The room's multi-criteria vote for a participant in CONVERGE, loaded only then: the participant
 * entry carries just this switch.
 */
export function LazyRoomBallots({ show }: { show: boolean }) {
  return show ? (
    <Suspense fallback={null}>
      <RoomBallots />
    </Suspense>
  ) : null;
}
