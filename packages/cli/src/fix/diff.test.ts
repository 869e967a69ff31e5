import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './diff.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.md', 'x\n', 'x\n')).toBe('');
  });

  it('prints changed lines with three lines of context, like diff -u', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const after = [...before];
    after[1] = 'LINE 2';
    after.splice(15, 1);
    expect(unifiedDiff('docs/a.md', `${before.join('\n')}\n`, `${after.join('\n')}\n`)).toBe(
      [
        '--- a/docs/a.md',
        '+++ b/docs/a.md',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+LINE 2',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -13,7 +13,6 @@',
        ' line 13',
        ' line 14',
        ' line 15',
        '-line 16',
        ' line 17',
        ' line 18',
        ' line 19',
        '',
      ].join('\n'),
    );
  });

  it('handles additions to and removals from an empty text, and absolute paths', () => {
    expect(unifiedDiff('/tmp/a.md', '', 'x\n')).toBe('--- a/tmp/a.md\n+++ b/tmp/a.md\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedDiff('a.md', 'x\n', '')).toBe('--- a/a.md\n+++ b/a.md\n@@ -1,1 +0,0 @@\n-x\n');
  });
});
