import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, TONE_LABELS } from '@charte/analyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCaptured } from '../../run.js';
import { escapeHtml, safeHref } from './escape.js';

let dir: string;
const HOSTILE_NAME = '"><svg onload=alert(1)>.md';
const HOSTILE = `# Règles <script>alert("titre")</script>

Il est interdit de publier <script>alert("x")</script> ou <img src=x onerror=alert(1)> sans l'accord de "la direction" & des parents.

Nous vous encourageons à partager vos projets, même ceux qui citent « ' " </div> ».

## Sanctions

Tout manquement pourra entraîner des mesures disciplinaires.
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'charte-html-'));
  await writeFile(join(dir, HOSTILE_NAME), HOSTILE);
  await writeFile(join(dir, 'plain.txt'), HOSTILE);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every real tag of the page: document text has its `<` escaped, so each `<` left opens one. */
const tags = (page: string) => page.match(/<[^>]*>/g) ?? [];

const html = async (args: string[], lang = 'en_US.UTF-8') => {
  const { code, stdout, stderr } = await runCaptured(['lint', '--no-config', '--format', 'html', ...args], {
    cwd: dir,
    env: { LANG: lang },
  });
  expect(stderr).toBe('');
  expect(code).not.toBe(2);
  return stdout;
};

describe('the HTML report', () => {
  it('is one self-contained page: no script, no external resource, a CSP that forbids them', async () => {
    const page = await html([HOSTILE_NAME, 'plain.txt']);
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    const names = new Set(tags(page).map((tag) => /^<\/?([a-z0-9!]+)/i.exec(tag)?.[1]?.toLowerCase()));
    for (const forbidden of [
      'script',
      'link',
      'iframe',
      'object',
      'embed',
      'img',
      'audio',
      'video',
      'base',
      'form',
    ]) {
      expect(names.has(forbidden), forbidden).toBe(false);
    }
    for (const tag of tags(page)) expect(tag).not.toMatch(/\s(?:src|on\w+|formaction)\s*=/i);
    const styles = page.slice(page.indexOf('<style>'), page.indexOf('</style>'));
    expect(styles).not.toMatch(/@import|url\(/i);
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href.startsWith('#')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every piece of document text and file name', async () => {
    const page = await html([HOSTILE_NAME, 'plain.txt']);
    for (const tag of tags(page)) expect(tag).not.toMatch(/\son\w+\s*=/i);
    expect(page).not.toContain('<svg onload');
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;.md');
    expect(page).toContain('l&#39;accord de &quot;la direction&quot; &amp; des parents');
    // Only the report's own SVG elements: one chart per document.
    expect(page.match(/<svg\b/g)).toHaveLength(2);
  });

  it('shows the text colored by label with a legend, the scores, the chart, the pillars, the clauses and the diagnostics', async () => {
    const page = await html([HOSTILE_NAME]);
    const report = analyze(HOSTILE, { path: HOSTILE_NAME });
    for (const label of TONE_LABELS) expect(page).toContain(`<li class="l-${label} `);
    for (const sentence of report.sentences) {
      expect(page).toContain(`class="s l-${sentence.tone.label} `);
      expect(page).toContain(`>${escapeHtml(sentence.text)}</span>`);
    }
    expect(page).toContain(`<p class="overall `);
    expect(page).toContain(`${report.review.scores.overall}<small>/100</small>`);
    expect(page.match(/<tr><td>[^<]+<\/td><td class="num">\d+%<\/td>/g)).toHaveLength(
      report.review.scores.parts.length,
    );
    expect(page).toMatch(/<svg class="chart" role="img" aria-label="Balance by section"/);
    expect(page).toContain('<title>Sanctions</title>');
    expect(page).toContain('<h3>Balance by pillar</h3>');
    const clauses = page.slice(
      page.indexOf('<ul class="checklist">'),
      page.indexOf('</ul>', page.indexOf('<ul class="checklist">')),
    );
    expect(clauses.match(/<li class="(present|missing)">/g)).toHaveLength(report.review.coverage.length);
    expect(page).toContain(`<h3>Diagnostics (${report.diagnostics.length})</h3>`);
    // Diagnostics and sentences link to each other.
    expect(page).toMatch(/<a class="ref" href="#f1-d\d+"/);
    expect(page).toMatch(/<li class="sev-\w+" id="f1-d1">/);
    expect(page).toContain('<div class="charter" lang="fr">');
    expect(page).toContain('@media print');
  });

  it('speaks French with a French UI', async () => {
    const page = await html([HOSTILE_NAME], 'fr_CA.UTF-8');
    expect(page.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(page).toContain('<h1>Rapport Charte</h1>');
    expect(page).toContain('Équilibre par section');
    expect(page).toContain('<li class="l-prohibition v-restrictive">interdiction</li>');
  });

  it('is written to a file with --output', async () => {
    const { code, stdout } = await runCaptured(
      ['lint', '--no-config', '-f', 'html', '-o', 'report.html', 'plain.txt'],
      { cwd: dir },
    );
    expect(code).not.toBe(2);
    expect(stdout).toBe('');
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });
});

describe('escapeHtml and safeHref', () => {
  it('escape the five characters and keep only http(s) links', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('docs/rules/tone/balance.md')).toBeNull();
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
  });
});
