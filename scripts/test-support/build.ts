/**
 * Vitest global setup: builds the packages once before any test, so the tests that run the built
 * commands, server and web app (CLI end to end, pseudo-terminal, render, platform in Chromium) see
 * the current sources without each starting a build of its own at the same time. `npm test` builds
 * first and sets CHARTE_TEST_PREBUILT=1 to skip this one.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export default async function setup(): Promise<void> {
  if (process.env.CHARTE_TEST_PREBUILT === '1') return;
  const root = new URL('../../', import.meta.url).pathname;
  await promisify(execFile)('npm', ['run', 'build'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
}
