import type { Diagnostic, Suggestion } from '@charte/analyzer';
import { describe, expect, it } from 'vitest';
import { applyEdits, applySafeSuggestions } from './apply.js';

const at = { offset: 0, line: 1, column: 1 };
const diagnostic = (...suggestions: Suggestion[]): Diagnostic => ({
  ruleId: 'tone/shouting',
  source: 'charte',
  severity: 'warning',
  message: 'm',
  start: at,
  end: at,
  suggestions,
});
const fix = (start: number, end: number, text: string, safe = true): Suggestion => ({
  title: `${start}-${end}`,
  safe,
  edits: [{ start, end, text }],
});

describe('applySafeSuggestions', () => {
  it('applies safe suggestions only, from the end, offsets staying true', () => {
    const source = 'Do NOT post!!! Ever AGAIN.';
    const pass = applySafeSuggestions(source, [
      diagnostic(fix(3, 6, 'not')),
      diagnostic(fix(11, 14, '!')),
      diagnostic(fix(20, 25, 'again', false)),
    ]);
    expect(pass.text).toBe('Do not post! Ever AGAIN.');
    expect(pass.applied.map((s) => s.title)).toEqual(['3-6', '11-14']);
  });

  it('keeps the first of two overlapping or touching suggestions for the next pass', () => {
    const source = 'abcdef';
    expect(applySafeSuggestions(source, [diagnostic(fix(2, 4, 'X')), diagnostic(fix(1, 3, 'Y'))]).text).toBe(
      'aYdef',
    );
    expect(applySafeSuggestions(source, [diagnostic(fix(0, 2, 'X')), diagnostic(fix(2, 3, 'Y'))]).text).toBe(
      'Xcdef',
    );
  });

  it('applies a suggestion with several edits whole, or not at all', () => {
    const both: Suggestion = {
      title: 'both',
      safe: true,
      edits: [
        { start: 0, end: 1, text: 'A' },
        { start: 4, end: 5, text: 'E' },
      ],
    };
    const blocked: Suggestion = {
      title: 'blocked',
      safe: true,
      edits: [
        { start: 2, end: 3, text: 'C' },
        { start: 4, end: 6, text: 'Z' },
      ],
    };
    const pass = applySafeSuggestions('abcdef', [diagnostic(both), diagnostic(blocked)]);
    expect(pass.text).toBe('AbcdEf');
    expect(pass.applied.map((s) => s.title)).toEqual(['both']);
  });

  it('never applies an edit outside the source or edits that overlap each other', () => {
    const outside = fix(3, 99, 'x');
    const selfOverlap: Suggestion = {
      title: 's',
      safe: true,
      edits: [
        { start: 0, end: 3, text: 'x' },
        { start: 2, end: 4, text: 'y' },
      ],
    };
    expect(applySafeSuggestions('abcd', [diagnostic(outside), diagnostic(selfOverlap)])).toEqual({
      text: 'abcd',
      applied: [],
    });
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    expect(
      applyEdits('abc', [
        { start: 2, end: 3, text: 'C' },
        { start: 0, end: 0, text: '>' },
      ]),
    ).toBe('>abC');
  });
});
