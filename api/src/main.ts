import 'reflect-metadata';
import { startGermoir } from './core/app.js';
import { loadConfig } from './core/config.js';
import { createLogger } from './core/logger.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const started = Date.now();

try {
  const running = await startGermoir(config, logger);
  logger.info({ url: running.url, ms: Date.now() - started, database: config.databaseUrl ? 'DATABASE_URL' : 'embedded' }, 'Germoir is ready');
  if (process.stdout.isTTY) process.stdout.write(`\n  Germoir is ready: ${running.url}\n\n`);

  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    if (++signals > 1) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    logger.info({ signal }, 'shutting down');
    running
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (err) {
  logger.fatal({ err }, 'Germoir failed to start');
  process.exit(1);
}
