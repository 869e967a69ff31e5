import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, TONE_LABELS } from '@charte/analyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import type { LintJson } from '../reporters/lint-json.js';
import { runCaptured } from '../run.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const en = { LANG: 'en_US.UTF-8' };
const fr = { LANG: 'fr_CA.UTF-8' };
const ESC = '\u001b[';
let tmp: string;

/** Unbalanced on purpose: unclosed <p> and <div>, as browsers accept them. */
const UNBALANCED_HTML = `<!doctype html>
<html lang="fr"><body>
<h1>Charte des m&eacute;dias sociaux</h1>
<p>Nous vous invitons &agrave; partager vos initiatives.
<p>Ne publiez pas de renseignements personnels.
<div><p>Le service des communications s&rsquo;engage &agrave; r&eacute;pondre rapidement.
</body>`;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-lint-'));
  await mkdir(join(tmp, 'charters/sub'), { recursive: true });
  await mkdir(join(tmp, 'charters/node_modules'), { recursive: true });
  await writeFile(join(tmp, 'charters/b.md'), await readFile(join(fixtures, 'charte-fr.md')));
  await writeFile(join(tmp, 'charters/a.md'), await readFile(join(fixtures, 'charter-en.md')));
  await writeFile(join(tmp, 'charters/sub/page.html'), UNBALANCED_HTML);
  await writeFile(join(tmp, 'charters/node_modules/skip.md'), 'You must not see this.');
  await writeFile(join(tmp, 'charters/notes.json'), '{}');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const json = (stdout: string) => JSON.parse(stdout) as LintJson;
const source = (name: string) => readFile(join(fixtures, name), 'utf8');

describe('charte lint --format stylish', () => {
  it('prints, per file, label counts and balance as the analyzer computes them', async () => {
    const { code, stdout, stderr } = await runCaptured(['lint', 'charter-en.md'], { cwd: fixtures, env: en });
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    const report = analyze(await source('charter-en.md'), { path: 'charter-en.md' });
    const [header, labels, balance] = stdout.split('\n');
    expect(header).toBe(`charter-en.md  (English, Markdown) · ${report.sentences.length} sentences`);
    for (const label of TONE_LABELS) {
      if (report.counts[label] > 0) expect(labels).toContain(`${label} ${report.counts[label]}`);
      else expect(labels).not.toContain(label);
    }
    expect(balance).toContain(`${report.balance.score}/100 enabling`);
    expect(balance).toContain(
      `(enabling ${report.balance.enabling} · restrictive ${report.balance.restrictive}`,
    );
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
    expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(false);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      warnings > 0
        ? `✖ 0 errors and ${warnings} warning${warnings === 1 ? '' : 's'} in 1 file · balance ${report.balance.score}/100 enabling`
        : `✔ no problems in 1 file · balance ${report.balance.score}/100 enabling`,
    );
    expect(stdout).toContain(`  score    ${report.review.scores.overall}/100 · coverage `);
  });

  it('speaks French with a French UI', async () => {
    const { code, stdout } = await runCaptured(['lint', 'charte-fr.md'], { cwd: fixtures, env: fr });
    expect(code).toBe(EXIT_OK);
    const report = analyze(await source('charte-fr.md'), { path: 'charte-fr.md' });
    expect(stdout).toContain(`charte-fr.md  (français, Markdown) · ${report.sentences.length} phrases`);
    expect(stdout).toContain('  étiquettes  ');
    expect(stdout).toContain('  équilibre   ');
    if (report.counts.commitment > 0) expect(stdout).toContain(`engagement ${report.counts.commitment}`);
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
    expect(stdout).toContain(
      warnings > 0 ? `✖ 0 erreur et ${warnings} avertissement` : '✔ aucun problème dans 1 fichier',
    );
    expect(stdout).toContain(`équilibre ${report.balance.score}/100 valorisant`);
  });

  it('keeps the order of the arguments and sorts what folders expand to', async () => {
    const { code, stdout } = await runCaptured(['lint', 'charters', 'charters/a.md'], { cwd: tmp, env: en });
    expect(code).toBe(EXIT_OK);
    const headers = stdout.split('\n').filter((line) => /^\S.*\(.*\) · /.test(line));
    expect(headers.map((h) => h.split('  ')[0])).toEqual([
      'charters/a.md',
      'charters/b.md',
      'charters/sub/page.html',
    ]);
    expect(stdout).not.toContain('skip.md');
    expect(stdout).toMatch(/ in 3 files · balance \d+\/100 enabling\n/);
    expect(stdout).toMatch(/overall balance: /);
  });

  it('parses unbalanced HTML instead of refusing it', async () => {
    const { code, stdout, stderr } = await runCaptured(['lint', 'charters/sub/page.html'], {
      cwd: tmp,
      env: en,
    });
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    const report = analyze(UNBALANCED_HTML, { path: 'page.html' });
    expect(report.sentences.length).toBeGreaterThanOrEqual(3);
    expect(stdout).toContain(`(French, HTML) · ${report.sentences.length} sentences`);
  });

  it('lists each diagnostic with its suggestions indented under the message, safe ones marked', async () => {
    const text =
      '# Photos\n\nIl est INTERDIT de publier la photo d’un élève sans le consentement de ses parents !!!\n';
    await writeFile(join(tmp, 'shout.md'), text);
    const { stdout } = await runCaptured(['lint', '--no-config', 'shout.md'], { cwd: tmp, env: en });
    const report = analyze(text, { path: 'shout.md' });
    const lines = stdout.split('\n');
    for (const d of report.diagnostics) {
      const at = lines.findIndex(
        (line) =>
          line.startsWith(`  ${d.start.line}:${d.start.column} `) &&
          line.endsWith(`  ${d.ruleId}`) &&
          line.includes(d.message),
      );
      expect(at, d.message).toBeGreaterThan(0);
      const indent = lines[at].indexOf(d.message);
      (d.suggestions ?? []).forEach((suggestion, i) => {
        expect(lines[at + 1 + i]).toBe(
          `${' '.repeat(indent)}→ ${suggestion.title}${suggestion.safe ? ' (--fix)' : ''}`,
        );
      });
    }
    expect(report.diagnostics.some((d) => d.suggestions?.some((s) => s.safe))).toBe(true);
  });

  it('colors only a terminal, and honors NO_COLOR', async () => {
    const run = (tty: boolean, env: Record<string, string>) =>
      runCaptured(['lint', 'charter-en.md'], { cwd: fixtures, tty, env });
    expect((await run(true, {})).stdout).toContain(ESC);
    expect((await run(true, { NO_COLOR: '1' })).stdout).not.toContain(ESC);
    expect((await run(false, {})).stdout).not.toContain(ESC);
  });
});

describe('charte lint --format json', () => {
  it('prints one stable JSON document matching the analyzer', async () => {
    const { code, stdout } = await runCaptured(
      ['lint', '--format', 'json', 'charter-en.md', 'charte-fr.md'],
      {
        cwd: fixtures,
      },
    );
    expect(code).toBe(EXIT_OK);
    const out = json(stdout);
    expect(Object.keys(out)).toEqual(['version', 'files', 'skipped', 'summary']);
    expect(out.version).toBe(1);
    expect(out.files.map((f) => f.path)).toEqual(['charter-en.md', 'charte-fr.md']);
    for (const file of out.files) {
      const report = analyze(await source(file.path), { path: file.path });
      expect(file).toEqual({
        path: file.path,
        lang: report.document.lang,
        langSource: report.document.langSource,
        format: 'markdown',
        sentenceCount: report.sentences.length,
        counts: report.counts,
        balance: report.balance,
        diagnostics: report.diagnostics,
        review: report.review,
      });
    }
    expect(out.files.map((f) => f.lang)).toEqual(['en', 'fr']);
    for (const label of TONE_LABELS) {
      expect(out.summary.counts[label]).toBe(out.files[0].counts[label] + out.files[1].counts[label]);
    }
    expect(out.summary.sentences).toBe(out.files[0].sentenceCount + out.files[1].sentenceCount);
    expect(out.summary).toMatchObject({ files: 2, skipped: 0, errors: 0 });
    // Same input, same bytes.
    expect(
      (await runCaptured(['lint', '--format', 'json', 'charter-en.md', 'charte-fr.md'], { cwd: fixtures }))
        .stdout,
    ).toBe(stdout);
  });

  it('lists the sentences with --sentences, positions slicing back to the source', async () => {
    const { stdout } = await runCaptured(['lint', '--format', 'json', '--sentences', 'charter-en.md'], {
      cwd: fixtures,
    });
    const [file] = json(stdout).files;
    const text = await source('charter-en.md');
    const report = analyze(text, { path: 'charter-en.md' });
    expect(file.sentences?.map((s) => [s.text, s.label])).toEqual(
      report.sentences.map((s) => [s.text, s.tone.label]),
    );
    for (const sentence of file.sentences ?? []) {
      expect(sentence.start.offset).toBeLessThan(sentence.end.offset);
      if (sentence.cue) {
        expect(sentence.text.slice(sentence.cue.start, sentence.cue.end)).toBe(sentence.cue.text);
        expect(sentence.cue.sourceStart.offset).toBeGreaterThanOrEqual(sentence.start.offset);
      }
    }
  });

  it('reads a document from stdin with -', async () => {
    const stdin = await source('charte-fr.md');
    const { code, stdout } = await runCaptured(['lint', '--format', 'json', '-'], { stdin });
    expect(code).toBe(EXIT_OK);
    const [file] = json(stdout).files;
    expect(file.path).toBe('-');
    expect(file.counts).toEqual(analyze(stdin).counts);
  });
});

describe('charte lint on bad input', () => {
  it('reports malformed front matter as an error diagnostic, on stderr too, exit 1, others still analyzed', async () => {
    const { code, stdout, stderr } = await runCaptured(['lint', 'front-matter-broken.md', 'charter-en.md'], {
      cwd: fixtures,
      env: en,
    });
    expect(code).toBe(EXIT_FINDINGS);
    const report = analyze(await source('front-matter-broken.md'), { path: 'front-matter-broken.md' });
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const [first] = errors;
    expect(stderr.split('\n')[0]).toBe(
      `charte: front-matter-broken.md:${first.start.line}:${first.start.column}: ${first.message}`,
    );
    expect(stdout).toMatch(
      new RegExp(`\\n  ${first.start.line}:${first.start.column}\\s+error\\s+.*${first.ruleId}\\n`),
    );
    expect(stdout).toContain('charter-en.md  (English, Markdown)');
    expect(stdout).toMatch(/✖ \d+ errors? and \d+ warnings? in 2 files/);
  });

  it('processes every file, reports each bad one in one line, in order, and exits 2', async () => {
    const dir = join(tmp, 'mixed');
    await mkdir(join(dir, 'folder-without-docs'), { recursive: true });
    await writeFile(join(dir, 'good.md'), await source('charter-en.md'));
    await writeFile(join(dir, 'logo.png.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]));
    await writeFile(join(dir, 'latin1.md'), new Uint8Array([0x52, 0xe8, 0x67, 0x6c, 0x65]));
    await writeFile(join(dir, 'empty.md'), '  \n');
    await writeFile(join(dir, 'bom.md'), `\uFEFF${await source('charte-fr.md')}`);
    const handle = await open(join(dir, 'huge.md'), 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const args = [
      'good.md',
      'missing.md',
      'logo.png.md',
      'huge.md',
      'latin1.md',
      'empty.md',
      'folder-without-docs',
      'none/*.md',
      'bom.md',
    ];

    const started = performance.now();
    const { code, stdout, stderr } = await runCaptured(['lint', ...args], { cwd: dir, env: en });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'charte: missing.md: no such file or directory',
      'charte: logo.png.md: looks like a binary file, not text',
      'charte: huge.md: file too large (50 MB; the limit is 10 MB, see --max-size)',
      'charte: latin1.md: is not valid UTF-8 (first bad byte at offset 1); save it as UTF-8',
      'charte: note: empty.md: empty file, nothing to analyze',
      'charte: folder-without-docs: no .md, .markdown, .html, .htm or .txt file in this folder',
      'charte: none/*.md: no file matches this pattern',
    ]);
    expect(stdout).toContain('good.md  (English, Markdown)');
    expect(stdout).toContain('bom.md  (French, Markdown)');
    expect(stdout).toContain('7 files skipped');

    const asJson = json(
      (await runCaptured(['lint', '--format', 'json', ...args], { cwd: dir, env: fr })).stdout,
    );
    expect(asJson.files.map((f) => f.path)).toEqual(['good.md', 'bom.md']);
    expect(asJson.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['missing.md', 'not-found'],
      ['logo.png.md', 'binary'],
      ['huge.md', 'too-large'],
      ['latin1.md', 'invalid-utf8'],
      ['empty.md', 'empty'],
      ['folder-without-docs', 'empty-folder'],
      ['none/*.md', 'no-match'],
    ]);
    expect(asJson.skipped[0].message).toBe('fichier ou dossier introuvable');
  });

  it('exits 0 with a notice when the only file is empty', async () => {
    await writeFile(join(tmp, 'only-empty.md'), '');
    const { code, stderr } = await runCaptured(['lint', 'only-empty.md'], { cwd: tmp, env: fr });
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('charte : note : only-empty.md : fichier vide, rien à analyser\n');
  });

  it('honors --max-size', async () => {
    const { code, stderr } = await runCaptured(['lint', '--max-size', '512', 'charter-en.md'], {
      cwd: fixtures,
      env: en,
    });
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toMatch(/^charte: charter-en\.md: file too large \(\d+ B; the limit is 512 B/);
  });
});
