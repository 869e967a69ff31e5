import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './test-support/harness.js';

const SERVE = fileURLToPath(new URL('./test-support/serve.ts', import.meta.url));

/** Resolves with the first log line that matches. */
function waitForLog(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line) {
        child.stdout?.off('data', onData);
        resolve(line);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}: ${buffer}`)));
  });
}

describeEachDatabase('the server process', (h) => {
  it('finishes in-flight requests on SIGTERM, closes the database and exits 0', async () => {
    const database = await h.database();
    const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        DATABASE_URL: database.options.databaseUrl ?? '',
        DATA_DIR: database.options.sqlitePath
          ? database.options.sqlitePath.replace(/\/charte\.sqlite$/, '')
          : '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const listening = await waitForLog(child, /Server listening at/);
      const address = /(http:\/\/127\.0\.0\.1:\d+)/.exec(listening)![1];
      expect((await fetch(`${address}/readyz`)).status).toBe(200);
      const started = waitForLog(child, /slow request started/);
      const slow = fetch(`${address}/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
      await started;
      const stopped = waitForLog(child, /"msg":"stopped"/);
      child.kill('SIGTERM');
      expect(await slow).toEqual({ status: 200, body: { done: true } });
      await stopped;
      expect(await exited).toBe(0);
      await expect(fetch(`${address}/healthz`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
