import { describe, expect, it } from 'vitest';
import { createProgress, wantsProgress } from './progress.js';
import { runCaptured } from './run.js';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const tty = { write: () => true, isTTY: true, columns: 60 };
const pipe = { write: () => true, isTTY: false };
const CLEAR = '\r\u001b[2K';

describe('wantsProgress', () => {
  const base = { stderr: tty, stdout: tty, env: {}, total: 10, toFile: false };
  it('draws only on a terminal, outside CI, for several documents', () => {
    expect(wantsProgress(base)).toBe(true);
    expect(wantsProgress({ ...base, stderr: pipe })).toBe(false);
    expect(wantsProgress({ ...base, env: { CI: 'true' } })).toBe(false);
    expect(wantsProgress({ ...base, env: { CI: '1' } })).toBe(false);
    expect(wantsProgress({ ...base, env: { CI: 'false' } })).toBe(true);
    expect(wantsProgress({ ...base, env: { TERM: 'dumb' } })).toBe(false);
    expect(wantsProgress({ ...base, total: 1 })).toBe(false);
  });

  it('draws nothing when the report goes through a pipe, but does when it goes to a file', () => {
    expect(wantsProgress({ ...base, stdout: pipe })).toBe(false);
    expect(wantsProgress({ ...base, stdout: pipe, toFile: true })).toBe(true);
  });
});

describe('createProgress', () => {
  it('draws a bar, clears it around other output and at the end', () => {
    let err = '';
    let out = '';
    let clock = 0;
    const stderr = { write: (text: string) => (err += text), isTTY: true, columns: 60 };
    const stdout = { write: (text: string) => (out += text), isTTY: true };
    const progress = createProgress(stderr, 4, true, () => clock);
    progress.tick('docs/a.md');
    expect(err).toBe(`${CLEAR}[██████░░░░░░░░░░░░░░░░░░]  1/4  docs/a.md`);
    // Throttled: no redraw within 80 ms.
    progress.tick('docs/b.md');
    expect(err.split(CLEAR)).toHaveLength(2);
    clock = 100;
    progress.write(stdout, 'report\n');
    expect(out).toBe('report\n');
    expect(err.endsWith(`${CLEAR}${CLEAR}[████████████░░░░░░░░░░░░]  2/4  docs/b.md`)).toBe(true);
    progress.done();
    expect(err.endsWith(CLEAR)).toBe(true);
  });

  it('passes output through untouched when off', () => {
    let out = '';
    const progress = createProgress(tty, 3, false);
    progress.tick('a');
    progress.write({ write: (text: string) => (out += text) }, 'x');
    progress.done();
    expect(out).toBe('x');
  });
});

describe('charte lint and the progress bar', () => {
  const args = ['lint', '--no-config', 'charter-en.md', 'charte-fr.md', 'phrases-fr.txt'];
  it('shows no bar when stderr is not a terminal, or in CI', async () => {
    expect((await runCaptured(args, { cwd: fixtures, tty: false })).stderr).toBe('');
    expect((await runCaptured(args, { cwd: fixtures, tty: true, env: { CI: 'true' } })).stderr).toBe('');
  });

  it('shows one on a terminal and leaves the report whole', async () => {
    const { stdout, stderr } = await runCaptured(args, { cwd: fixtures, tty: true, env: { NO_COLOR: '1' } });
    expect(stderr).toContain('3/3');
    expect(stderr.endsWith(CLEAR)).toBe(true);
    expect(stdout).not.toContain('\r');
    expect(stdout).toMatch(/ in 3 files /);
  });
});
