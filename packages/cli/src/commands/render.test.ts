import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../../../scripts/test-support/browser.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { runCaptured } from '../run.js';

const part = (key: string, order: number, title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\npart: ${key}\norder: ${order}\ndate: 2026-09-01\n${extra}---\n${body}`;

let dir: string;
const render = (args: string[], env: Record<string, string> = {}) =>
  runCaptured(['render', '--no-config', ...args], {
    cwd: dir,
    env: { LANG: 'en_US.UTF-8', PATH: process.env.PATH ?? '', ...env },
  });
const exists = (path: string) =>
  access(join(dir, path)).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-render-cmd-'));
  await mkdir(join(dir, 'charte', 'images'), { recursive: true });
  await writeFile(join(dir, 'charte', 'index.md'), '---\ntitle: Charte de l’École du Lac\n---\nBienvenue.\n');
  await writeFile(
    join(dir, 'charte', '01-introduction.md'),
    part('introduction', 1, 'Introduction', 'Nous vous encourageons à proposer vos idées.\n', 'cover: lac\n'),
  );
  await writeFile(
    join(dir, 'charte', '02-encadrer.md'),
    part('encadrer', 2, 'Encadrer', 'Vous pouvez créer une page de classe.\n', 'cover: absente\n'),
  );
  await writeFile(join(dir, 'charte', 'images', 'lac.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('charte render', () => {
  it('writes the site, its tone report and cover, and says a missing cover once', async () => {
    const { code, stdout, stderr } = await render(['charte', '--out', 'site']);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toBe('Site written to site: 5 pages. Open site/index.html in a browser.\n');
    expect(stderr.match(/cover image “absente” not found/g)).toHaveLength(1);
    for (const path of [
      'index.html',
      'introduction.html',
      'encadrer.html',
      'imprimer.html',
      'rapport-ton.html',
    ]) {
      expect(await exists(join('site', path))).toBe(true);
    }
    expect(await exists('site/images/lac.svg')).toBe(true);
    const intro = await readFile(join(dir, 'site/introduction.html'), 'utf8');
    expect(intro).toContain('<img src="images/lac.svg"');
    expect(intro).toContain('href="rapport-ton.html"');
    const report = await readFile(join(dir, 'site/rapport-ton.html'), 'utf8');
    expect(report).toContain('lang="fr"');
  });

  it('renders again over its own output, and refuses a folder with other files', async () => {
    expect((await render(['charte', '--out', 'site'])).code).toBe(EXIT_OK);
    await mkdir(join(dir, 'busy'), { recursive: true });
    await writeFile(join(dir, 'busy', 'notes.txt'), 'mine');
    const refused = await render(['charte', '--out', 'busy'], { LANG: 'fr_CA.UTF-8' });
    expect(refused.code).toBe(EXIT_FAILURE);
    expect(refused.stderr).toContain('charte : busy contient déjà des fichiers que Charte n’a pas écrits');
    expect(await exists('busy/index.html')).toBe(false);
    const forced = await render(['charte', '--out', 'busy', '--force']);
    expect(forced.code).toBe(EXIT_OK);
    expect(await readFile(join(dir, 'busy', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses to write the site inside the charter, and needs --out', async () => {
    const inside = await render(['charte', '--out', 'charte/site']);
    expect(inside.code).toBe(EXIT_FAILURE);
    expect(inside.stderr).toContain('is inside the charter folder');
    const missing = await render(['charte']);
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.stderr).toContain("option '-o, --out <path>' is required");
  });

  it('says how to install a browser when --pdf finds none, the site still written', async () => {
    const empty = join(dir, 'no-browser');
    await mkdir(empty, { recursive: true });
    const { code, stderr } = await render(['charte', '--out', 'site-nopdf', '--pdf'], { PATH: empty });
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain('--pdf needs Chromium or Google Chrome');
    expect(stderr).toContain('sudo apt-get install chromium');
    expect(await exists('site-nopdf/index.html')).toBe(true);
    expect(await readFile(join(dir, 'site-nopdf/index.html'), 'utf8')).not.toContain('charte.pdf');
    const bad = await render(['charte', '--out', 'site-nopdf', '--pdf'], {
      CHARTE_CHROMIUM: join(dir, 'nope'),
    });
    expect(bad.stderr).toContain('CHARTE_CHROMIUM is set to');
  });

  it('prints a PDF with Chromium and links it from the pages', async () => {
    const { code, stdout } = await render(['charte', '--out', 'site-pdf', '--pdf'], {
      CHARTE_CHROMIUM: CHROMIUM_PATH,
    });
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('PDF written: site-pdf/charte.pdf');
    const pdf = await readFile(join(dir, 'site-pdf/charte.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(await readFile(join(dir, 'site-pdf/index.html'), 'utf8')).toContain('href="charte.pdf"');
  }, 90_000);

  it('renders a single file, and reports a file it cannot read', async () => {
    await writeFile(
      join(dir, 'article.md'),
      '---\ntitle: Valoriser\ndate: 2012-08-27\nmodif: pas une date\n---\nNous saluons vos initiatives.\n',
    );
    const { code, stderr } = await render(['article.md', '--out', 'article-site']);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toMatch(/article\.md:4:1: Front matter : « modif » doit être une date/);
    expect(await exists('article-site/article.html')).toBe(true);
    const missing = await render(['nowhere.md', '--out', 'x']);
    expect(missing.code).toBe(EXIT_FAILURE);
    expect(missing.stderr).toContain('nowhere.md');
  });
});
