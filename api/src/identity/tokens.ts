import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/*
 * Token formats. Each starts with a short prefix so that a leaked token is recognisable (and so that
 * the two kinds are never confused):
 *   session:   gs1.<session uuid>.<expiry, unix seconds>.<HMAC-SHA256 of the rest, base64url>
 *   API token: gat_<token uuid without dashes>_<32 random bytes, base64url>
 */

function hmac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function signSessionToken(secret: string, sessionId: string, expiresAt: Date): string {
  const payload = `gs1.${sessionId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${hmac(secret, payload)}`;
}

/** The session id of a well-signed, unexpired token; null otherwise (without touching the database). */
export function verifySessionToken(secret: string, token: string, now = Date.now()): string | null {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'gs1') return null;
  const [, sessionId, exp, sig] = parts as [string, string, string, string];
  if (!safeEqual(sig, hmac(secret, `gs1.${sessionId}.${exp}`))) return null;
  if (!/^\d+$/.test(exp) || Number(exp) * 1000 <= now) return null;
  return sessionId;
}

export function newApiTokenSecret(tokenId: string): { token: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `gat_${tokenId.replace(/-/g, '')}_${secret}`, secretHash: sha256(secret) };
}

export function parseApiToken(token: string): { tokenId: string; secret: string } | null {
  const match = /^gat_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const hex = match[1]!;
  const tokenId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { tokenId, secret: match[2]! };
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function apiTokenMatches(secret: string, secretHash: string): boolean {
  return safeEqual(sha256(secret), secretHash);
}

/** argon2id with the library's defaults (memory-hard, OWASP-recommended parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against a fixed hash when the account does not exist keeps the response time the same,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hash('germoir-dummy-password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
