/**
 * startServer: the configuration from the environment, the app, a listening socket, and a graceful
 * shutdown on SIGTERM/SIGINT (stop accepting, let in-flight requests finish, close the database).
 */
import { resolve } from 'node:path';
import { type App, type AppOptions, createApp } from './app.js';

export interface ServerConfig extends AppOptions {
  port: number;
  host: string;
}

/** PORT (3000), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL, NODE_ENV, COOKIE_SECURE, TRUST_PROXY, LOG_LEVEL. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not “${env.PORT}”`);
  const dataDir = resolve(env.DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite in DATA_DIR)');
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl,
    nodeEnv: env.NODE_ENV,
    cookieSecure: env.COOKIE_SECURE === '1' ? true : undefined,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true' ? true : undefined,
    logger: { level: env.LOG_LEVEL || 'info' },
  };
}

export interface RunningServer extends App {
  /** The address it listens on (`http://127.0.0.1:3000`). */
  address: string;
}

/** How long in-flight requests get to finish after a signal before the process gives up. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Starts the server. `configure` may add routes or plugins before it listens (an embedding
 * application, the tests).
 */
export async function startServer(
  config: ServerConfig = configFromEnv(),
  configure?: (app: App['app']) => void | Promise<void>,
): Promise<RunningServer> {
  const running = await createApp(config);
  const { app } = running;
  try {
    await configure?.(app);
  } catch (error) {
    await running.close();
    throw error;
  }
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await running.close();
    throw error;
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('in-flight requests did not finish in time: exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    running.close().then(
      () => {
        app.log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return { ...running, address };
}
