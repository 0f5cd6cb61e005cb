import { parse, serialize } from 'cookie';
import type { Response } from 'express';
import type { SessionCookie } from '../context.js';

export const SESSION_COOKIE = 'germoir_session';

export function sessionCookieFrom(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parse(cookieHeader)[SESSION_COOKIE] : undefined;
}

/** httpOnly, SameSite=Lax: invisible to scripts, not sent on cross-site posts. */
export function sessionCookie(res: Response, secure: boolean): SessionCookie {
  const base = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    set: (token, expiresAt) => res.append('Set-Cookie', serialize(SESSION_COOKIE, token, { ...base, expires: expiresAt })),
    clear: () => res.append('Set-Cookie', serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) })),
  };
}
