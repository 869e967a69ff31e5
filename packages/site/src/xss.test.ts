import type { Charter } from '@charte/analyzer';
import fc from 'fast-check';
import { parse as parse5Parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { charter, edition, part } from './fixtures/charter.js';
import { type ParseHtml, securityViolations } from './fixtures/dom.js';
import { XSS_PAYLOADS } from './fixtures/xss-payloads.js';
import { renderBody } from './render-body.js';
import { sanitizeHtml } from './sanitize.js';
import { renderSite } from './site.js';

// parse5 8 parses as browsers do; the typed view in fixtures/dom.ts is all the tests need.
const parse = parse5Parse as unknown as ParseHtml;

/** A bilingual site where the payload is everywhere a charter author can write. */
function siteWith(payload: string): Charter {
  const fields = {
    title: payload,
    author: payload,
    categories: [payload, `a${payload}`],
    cover: payload,
    date: payload,
    modified: payload,
    extra: { cover_alt: payload },
  };
  return charter(
    edition(
      'fr',
      payload,
      [
        part({
          slug: 'markdown',
          title: payload,
          body: `Avant ${payload} après\n\n${payload}`,
          meta: fields,
        }),
        part({
          slug: 'html',
          title: payload,
          format: 'html',
          body: `<p>${payload}</p>${payload}`,
          meta: fields,
        }),
        part({ slug: 'text', title: payload, format: 'text', body: payload, meta: fields }),
        part({ slug: 'first', title: 'x', body: payload }),
      ],
      { preamble: payload, preamblePath: 'fr/index.md', meta: { ...part({ slug: 'x', meta: fields }).meta } },
    ),
    edition('en', payload, [
      part({ slug: 'html', lang: 'en', title: payload, format: 'html', body: payload }),
    ]),
  );
}

function violations(site: Charter): string[] {
  // The worst caller: it hands back the cover exactly as the front matter wrote it.
  const files = renderSite(site, {
    coverFor: (_owner, cover) => cover,
    toneReports: { fr: 'rapports/ton-fr.html', en: 'reports/tone-en.html' },
    generator: site.editions[0].title,
  });
  return files
    .filter((file) => file.path.endsWith('.html'))
    .flatMap((file) => securityViolations(parse(file.content)).map((found) => `${file.path}: ${found}`));
}

describe('XSS payloads', () => {
  it('has a large list of known payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
  });

  it('the checker itself catches what it is meant to catch', () => {
    const bad = parse(
      '<script></script><a href=" JaVa&#09;Script:alert(1)">x</a><img src=x onerror=y><iframe srcdoc=x></iframe>' +
        '<svg><a xlink:href="javascript:1">s</a></svg><meta http-equiv=refresh content=0><base href=x>' +
        '<form action=x><button formaction="vbscript:x"></button></form><img src="data:image/png,x">' +
        '<a href="//evil.example">p</a>',
    );
    const found = securityViolations(bad).join(' ');
    for (const expected of [
      '<script>',
      'a[href=',
      'img[onerror]',
      'iframe[srcdoc]',
      'svg',
      'xlink:href',
      'meta http-equiv=refresh',
      '<base>',
      '<form>',
      'button[formaction=',
      'img[src="data:',
      'protocol-relative',
    ]) {
      expect(found).toContain(expected);
    }
  });

  it.each(XSS_PAYLOADS.map((payload, i) => [i, JSON.stringify(payload), payload]))(
    'payload %i leaves every page clean: %s',
    (_, _name, payload) => {
      expect(violations(siteWith(payload))).toEqual([]);
    },
  );

  it('keeps the visible text of a payload, escaped, where it is text', () => {
    const site = renderSite(siteWith('<script>alert(1)</script>'));
    const page = site.find((file) => file.path === 'fr/markdown.html')!.content;
    // The title is front matter: shown as text, never as markup.
    expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
  });
});

/** Pieces of the payloads above, so random strings combine them in ways no list foresees. */
const FRAGMENTS = [
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '=',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '    ',
  '`',
  '```',
  'script',
  'SCRIPT',
  'img',
  'svg',
  'math',
  'iframe',
  'style',
  'a',
  'base',
  'meta',
  'form',
  'template',
  'noscript',
  'textarea',
  'title',
  'xmp',
  ' src=x',
  ' href=',
  ' xlink:href=',
  ' formaction=',
  ' srcdoc=',
  ' style=',
  ' http-equiv=refresh content=',
  ' onerror=alert(1)',
  ' onload=alert(1)',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  '&#106;avascript:',
  '&#x6A;',
  '&colon;',
  'vbscript:',
  'data:text/html,',
  'data:image/svg+xml,',
  'alert(1)',
  '<!--',
  '-->',
  '--!>',
  '<![CDATA[',
  ']]>',
  '[x](',
  '![x](',
  '](',
  ')',
  '[r]: ',
  '[r]',
  '<javascript:alert(1)>',
  '//evil.example',
  '\\\\',
  '&',
  ';',
];

describe('random mixes of payload fragments', () => {
  const mix = fc.oneof(
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ maxLength: 60 }),
  );

  it('never produce a dangerous node, in any format or field', () => {
    fc.assert(
      fc.property(mix, (payload) => {
        expect(violations(siteWith(payload))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never produce one through sanitizeHtml or renderBody alone', () => {
    fc.assert(
      fc.property(
        mix,
        fc.constantFrom('markdown' as const, 'html' as const, 'text' as const),
        (payload, format) => {
          expect(securityViolations(parse(sanitizeHtml(payload)))).toEqual([]);
          expect(securityViolations(parse(renderBody(payload, format, { headingBase: 2 })))).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
