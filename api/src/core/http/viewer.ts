import { GraphQLError } from 'graphql';
import type { App, Context } from '../context.js';
import { anonymous, resolveViewer, tokenFrom } from '../../identity/identity.service.js';
import type { Viewer } from '../../identity/viewer.js';
import { sessionCookieFrom } from './cookies.js';

/** Resolves the viewer of an HTTP request or WebSocket operation. A bad explicit token is an error; a stale cookie is ignored. */
export async function viewerFor(app: App, em: Context['em'], authorization: string | undefined, cookieHeader: string | undefined): Promise<Viewer> {
  const credential = tokenFrom(authorization, sessionCookieFrom(cookieHeader));
  if (!credential) return anonymous;
  const viewer = await resolveViewer(app, em, credential.token);
  if (viewer) return viewer;
  if (credential.from === 'cookie') return anonymous;
  throw new GraphQLError('The token is invalid, expired or revoked.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

