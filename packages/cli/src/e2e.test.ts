import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * End-to-end: the built `bin/charte.js` in a real process, as `npx charte` runs it.
 * The build is incremental, so it costs little when dist/ is already up to date.
 */
const root = new URL('../../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/charte.js');
const fixtures = join(root, 'packages/cli/src/fixtures');
let tmp: string;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function charte(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: fixtures,
      // A clean environment: no inherited locale or color settings.
      env: { PATH: process.env.PATH ?? '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-e2e-'));
}, 180_000);
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('bin/charte.js', () => {
  it('classifies piped lines as JSON Lines', async () => {
    const { code, stdout, stderr } = await charte(['classify', '--lang', 'en'], {
      stdin: 'Do not share your password.\n\nWe encourage you to share your projects.\n',
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { text: string; label: string });
    expect(lines.map((l) => l.text)).toEqual([
      'Do not share your password.',
      'We encourage you to share your projects.',
    ]);
    expect(lines.map((l) => l.label)).toEqual(['prohibition', 'encouragement']);
  });

  it('lints charters without colors when not on a terminal', async () => {
    const { code, stdout } = await charte(['lint', 'charter-en.md', 'charte-fr.md']);
    expect(code).toBe(0);
    expect(stdout).toContain('charter-en.md  (English, Markdown)');
    expect(stdout).toContain('charte-fr.md  (French, Markdown)');
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 1 on malformed front matter, 2 on usage errors, in French when the locale says so', async () => {
    const broken = await charte(['lint', 'front-matter-broken.md'], { env: { LANG: 'fr_CA.UTF-8' } });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^charte : front-matter-broken\.md:\d+:\d+ : /);
    const usage = await charte(['lint', '--colour'], { env: { LC_ALL: 'fr_FR.UTF-8' } });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('charte : option inconnue « --colour »');
    const help = await charte(['--help'], { env: { LANG: 'fr' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Utilisation : charte [options] [commande]');
  });

  it('refuses a 50 MB file quickly without a stack trace', async () => {
    const path = join(tmp, 'huge.md');
    const handle = await open(path, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const { code, stdout, stderr } = await charte(['lint', path, 'charter-en.md']);
    expect(code).toBe(2);
    expect(stderr).toBe(`charte: ${path}: file too large (50 MB; the limit is 10 MB, see --max-size)\n`);
    expect(stdout).toContain('charter-en.md');
  });

  it('reviews many documents on worker threads with the same report as on one thread', async () => {
    const dir = join(tmp, 'many');
    await mkdir(dir, { recursive: true });
    const sources = [
      await readFile(join(fixtures, 'charter-en.md')),
      await readFile(join(fixtures, 'charte-fr.md')),
    ];
    for (let i = 0; i < 24; i++)
      await writeFile(join(dir, `doc-${String(i).padStart(2, '0')}.md`), sources[i % 2]);
    const single = await charte(['lint', '--no-config', '--format', 'json', dir], {
      env: { CHARTE_WORKERS: '0' },
    });
    const pooled = await charte(['lint', '--no-config', '--format', 'json', dir], {
      env: { CHARTE_WORKERS: '2' },
    });
    expect(pooled.stderr).toBe('');
    expect(pooled.code).toBe(single.code);
    expect(pooled.stdout).toBe(single.stdout);
    expect((JSON.parse(pooled.stdout) as { files: unknown[] }).files).toHaveLength(24);
  });

  it('stops quietly when the reader goes away', async () => {
    const input = 'You must respect the privacy of others.\n'.repeat(50_000);
    const child = spawn(process.execPath, [bin, 'classify', '--lang', 'en'], {
      cwd: fixtures,
      env: { PATH: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
