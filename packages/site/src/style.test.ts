import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './pages.js';
import { STYLE_CSS } from './style.js';

/** The custom properties of the first `:root` block after `from` in the stylesheet. */
function palette(from: string): Record<string, string> {
  const start = STYLE_CSS.indexOf(from);
  const block = /:root\s*\{([^}]*)\}/.exec(STYLE_CSS.slice(start))![1];
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('style.css', () => {
  const schemes = { light: palette('/* Charte'), dark: palette('prefers-color-scheme: dark') };

  it.each(Object.entries(schemes))(
    'meets WCAG AA (4.5:1) for every text color on every background (%s)',
    (_, colors) => {
      const texts = ['fg', 'muted', 'link', 'visited'];
      for (const background of ['bg', 'surface']) {
        for (const text of texts) {
          expect(
            contrast(colors[text], colors[background]),
            `${text} on ${background}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(contrast(colors['on-accent'], colors.accent)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('loads nothing from elsewhere (offline, file://, strict CSP)', () => {
    expect(STYLE_CSS).not.toMatch(/@import|@font-face|url\(|expression\(/i);
  });

  it('has print rules: navigation hidden, link URLs shown, no backgrounds, sensible breaks', () => {
    const print = STYLE_CSS.slice(STYLE_CSS.indexOf('@media print'));
    expect(print.length).toBeGreaterThan(100);
    for (const hidden of ['.skip-link', '.lang-switch', '.series', '.pager']) expect(print).toContain(hidden);
    expect(print).toMatch(/display:\s*none/);
    expect(print).toMatch(/\.body a\[href\^="https:"\]::after[^}]*content: " \(" attr\(href\) "\)"/);
    expect(print).toMatch(/background: transparent !important/);
    expect(print).toMatch(/break-after: avoid/);
    expect(print).toMatch(/break-inside: avoid/);
  });

  it('is responsive', () => {
    expect(STYLE_CSS).toMatch(/@media \(min-width: [\d.]+rem\)/);
    expect(STYLE_CSS).toContain('max-width: 100%');
  });

  it('goes with a CSP that needs no escaping and allows the stylesheet', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/["&<>]/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self'/);
  });
});
