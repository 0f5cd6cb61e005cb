/**
 * The participant token the live socket presents (`connection_init` `{ authorization }`).
 * Facilitators use their httpOnly session cookie instead, so it is null on their screens.
 * HTTP requests do not read it: room screens pass their token per operation
 * (see `features/rooms/seat.tsx`), so that nothing else is sent with it by accident.
 */
let liveToken: string | null = null;

export function liveAuthorization(): { authorization: string } | undefined {
  return liveToken ? { authorization: `Bearer ${liveToken}` } : undefined;
}

/** Sets the token for the next live connections; true when it changed (the socket must reconnect). */
export function setLiveToken(token: string | null): boolean {
  if (token === liveToken) return false;
  liveToken = token;
  return true;
}
