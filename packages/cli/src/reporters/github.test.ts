import type { Diagnostic } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import type { LintFileResult } from '../commands/lint-model.js';
import { escapeData, escapeProperty, formatGithub } from './github.js';

const point = (line: number, column: number, offset = 0) => ({ line, column, offset });
const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  ruleId: 'tone/shouting',
  source: 'charte',
  severity: 'warning',
  message: 'Words in capitals',
  start: point(3, 5),
  end: point(3, 19),
  ...over,
});
const result = (path: string, diagnostics: Diagnostic[]) => ({ path, diagnostics }) as LintFileResult;

describe('GitHub workflow commands', () => {
  it('escape %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sûr\r\nvraiment: oui, non')).toBe('100%25 sûr%0D%0Avraiment: oui, non');
    expect(escapeProperty('docs/a: b, c%.md')).toBe('docs/a%3A b%2C c%25.md');
  });

  it('give one annotation per diagnostic, with its place, rule and suggestions', () => {
    const out = formatGithub(
      [
        result('docs/ma charte, v2: final.md', [
          diagnostic({ suggestions: [{ title: 'Lower-case it', edits: [], safe: true }] }),
          diagnostic({
            severity: 'error',
            ruleId: 'document/front-matter',
            message: '50% broken\nsee line 2',
          }),
          diagnostic({ severity: 'info', start: point(4, 1), end: point(7, 1) }),
        ]),
        result('-', [diagnostic({})]),
      ],
      '/repo',
    );
    expect(out.split('\n')).toEqual([
      '::warning file=docs/ma charte%2C v2%3A final.md,line=3,col=5,endLine=3,endColumn=18,title=tone/shouting::Words in capitals%0A→ Lower-case it',
      '::error file=docs/ma charte%2C v2%3A final.md,line=3,col=5,endLine=3,endColumn=18,title=document/front-matter::50%25 broken%0Asee line 2',
      // Over several lines: no columns (GitHub ignores them); the exclusive end at column 1 ends the line before.
      '::notice file=docs/ma charte%2C v2%3A final.md,line=4,endLine=6,title=tone/shouting::Words in capitals',
      '::warning line=3,col=5,endLine=3,endColumn=18,title=tone/shouting::Words in capitals',
      '',
    ]);
  });

  it('give paths relative to the working folder', () => {
    expect(formatGithub([result('/repo/docs/a.md', [diagnostic({})])], '/repo')).toMatch(
      /^::warning file=docs\/a\.md,/,
    );
  });
});
