import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'germoir-api' },
    // Never log credentials, even by accident through a logged request.
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
  });
}
