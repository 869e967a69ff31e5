import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { alignSequences } from './align.js';
import { diffReports } from './diff.js';
import { wordSimilarity } from './similarity.js';

const OLD = [
  '# Charte',
  '',
  '## Encadrer',
  '',
  'Il est interdit de publier la photo d’un élève sans consentement. Vous devez respecter vos collègues.',
  '',
  '## Valoriser',
  '',
  'Nous vous encourageons à partager vos bons coups. Les comptes officiels sont gérés par la direction.',
  '',
].join('\n');

describe('alignSequences', () => {
  it('keeps the longest common subsequence and edits the rest', () => {
    const ops = alignSequences(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e']);
    expect(ops.filter((o) => o.op === 'equal').length).toBe(3);
    expect(ops.filter((o) => o.op === 'delete')).toEqual([{ op: 'delete', a: 1 }]);
    expect(ops.filter((o) => o.op === 'insert')).toEqual([{ op: 'insert', b: 3 }]);
  });

  it('finds a shortest script on any pair of sequences', () => {
    const letters = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 12 });
    fc.assert(
      fc.property(letters, letters, (a, b) => {
        const ops = alignSequences(a, b);
        // Replaying the script turns a into b.
        const kept = ops.flatMap((o) => (o.op === 'equal' ? [a[o.a]] : []));
        expect(ops.flatMap((o) => (o.op === 'equal' ? [b[o.b]] : []))).toEqual(kept);
        expect(ops.flatMap((o) => (o.op === 'insert' ? [] : [o.a]))).toEqual(a.map((_, i) => i));
        expect(ops.flatMap((o) => (o.op === 'delete' ? [] : [o.b]))).toEqual(b.map((_, i) => i));
        expect(kept.length).toBe(lcsLength(a, b));
      }),
    );
  });
});

describe('alignSequences past its edit budget', () => {
  it('reports the middle as removed then added, keeping the common ends', () => {
    const ops = alignSequences(['x', 'a', 'b', 'c', 'y'], ['x', 'c', 'b', 'a', 'y'], 1);
    expect(ops.map((o) => o.op)).toEqual([
      'equal',
      'delete',
      'delete',
      'delete',
      'insert',
      'insert',
      'insert',
      'equal',
    ]);
    expect(ops.at(-1)).toEqual({ op: 'equal', a: 4, b: 4 });
  });
});

describe('diffReports', () => {
  it('finds nothing between a document and itself', () => {
    const diff = diffReports(analyze(OLD), analyze(OLD));
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 0, labelChanges: 0 });
    expect(diff.balance.delta).toBe(0);
    expect(diff.score.delta).toBe(0);
    expect(diff.coverage).toEqual({ gained: [], lost: [] });
  });

  it('reports added and removed sentences with their line on their own side', () => {
    const next = OLD.replace(' Vous devez respecter vos collègues.', '').replace(
      'Nous vous encourageons',
      'Vous pouvez demander de l’aide à votre équipe en tout temps.\n\nNous vous encourageons',
    );
    const diff = diffReports(analyze(OLD), analyze(next));
    const removed = diff.changes.filter((c) => c.kind === 'removed');
    const added = diff.changes.filter((c) => c.kind === 'added');
    expect(removed).toHaveLength(1);
    expect(added).toHaveLength(1);
    if (removed[0].kind !== 'removed' || added[0].kind !== 'added') throw new Error('kinds');
    expect(removed[0].old).toMatchObject({ text: 'Vous devez respecter vos collègues.', line: 5 });
    expect(added[0].new).toMatchObject({ line: 9, section: 'Valoriser' });
    expect(added[0].new.text).toMatch(/^Vous pouvez demander/);
  });

  it('pairs a reworded sentence in the same section as changed, with its label change', () => {
    const next = OLD.replace(
      'Il est interdit de publier la photo d’un élève sans consentement.',
      'Vous pouvez publier la photo d’un élève avec son consentement.',
    );
    const diff = diffReports(analyze(OLD), analyze(next));
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 1 });
    const [change] = diff.changes;
    if (change.kind !== 'changed') throw new Error(change.kind);
    expect(change.old.label).toBe('prohibition');
    expect(change.new.label).toBe('permission');
    expect(diff.labelChanges).toEqual([
      expect.objectContaining({ from: 'prohibition', to: 'permission', textChanged: true }),
    ]);
    expect(diff.balance.delta).toBeGreaterThan(0);
  });

  it('does not pair unrelated sentences or sentences of different sections', () => {
    const next = OLD.replace(
      'Vous devez respecter vos collègues.',
      'Le service des communications répond à vos questions.',
    );
    const diff = diffReports(analyze(OLD), analyze(next));
    expect(diff.summary).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('reports a moved section as moved sentences, not as added and removed', () => {
    const [head, encadrer, valoriser] = OLD.split(/(?=## )/);
    const next = `${head}${valoriser.trimEnd()}\n\n${encadrer}`;
    const diff = diffReports(analyze(OLD), analyze(next));
    expect(diff.summary.added).toBe(0);
    expect(diff.summary.removed).toBe(0);
    expect(diff.summary.moved).toBeGreaterThan(0);
    expect(diff.sections.every((s) => s.inOld && s.inNew && s.old === s.new)).toBe(true);
  });

  it('reports a label change on the same text as relabeled', () => {
    const report = analyze(OLD);
    const other = analyze(OLD);
    other.sentences[4] = { ...other.sentences[4], tone: { ...other.sentences[4].tone, label: 'sanction' } };
    const diff = diffReports(report, other);
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'relabeled' })]);
    expect(diff.labelChanges[0]).toMatchObject({ to: 'sanction', textChanged: false });
  });

  it('reports clauses gained and lost and sections only on one side', () => {
    const next = `${OLD}\n## Aide\n\nEn cas de question, écrivez au service des communications à communications@exemple.org.\n`;
    const diff = diffReports(analyze(OLD), analyze(next));
    const back = diffReports(analyze(next), analyze(OLD));
    expect(diff.coverage.gained).toEqual(back.coverage.lost);
    expect(diff.coverage.lost).toEqual(back.coverage.gained);
    expect(diff.sections.find((s) => s.title === 'Aide')).toMatchObject({ inOld: false, inNew: true });
    expect(back.sections.find((s) => s.title === 'Aide')).toMatchObject({ inOld: true, inNew: false });
  });

  const SENTENCES = [
    'Il est interdit de publier des photos.',
    'Vous pouvez partager vos projets.',
    'Nous vous encourageons à innover.',
    'Vous devez respecter vos collègues.',
    'Tout manquement pourra entraîner des sanctions.',
    'Do not post photos of students.',
    'We will help you.',
    'Feel free to share your work.',
  ];
  const doc = fc
    .array(fc.oneof(fc.constantFrom(...SENTENCES), fc.constant('\n\n## Titre\n\n')), { maxLength: 10 })
    .map((parts) => `# Charte\n\n${parts.join(' ')}\n`);

  it('property: a report diffed with itself is empty', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const report = analyze(text);
        const diff = diffReports(report, report);
        expect(diff.changes).toEqual([]);
        expect(diff.summary.unchanged).toBe(report.sentences.length);
      }),
      { numRuns: 40 },
    );
  });

  it('property: every sentence is accounted for on each side', () => {
    fc.assert(
      fc.property(doc, doc, (a, b) => {
        const oldReport = analyze(a);
        const newReport = analyze(b);
        const { summary, changes } = diffReports(oldReport, newReport);
        const paired =
          summary.changed +
          summary.moved +
          (changes.length - summary.added - summary.removed - summary.changed - summary.moved);
        expect(summary.unchanged + paired + summary.removed).toBe(oldReport.sentences.length);
        expect(summary.unchanged + paired + summary.added).toBe(newReport.sentences.length);
        expect(summary.added - summary.removed).toBe(newReport.sentences.length - oldReport.sentences.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('wordSimilarity', () => {
  it('is 1 for the same words and 0 for none in common', () => {
    expect(wordSimilarity('Do not post.', 'do NOT post')).toBe(1);
    expect(wordSimilarity('Do not post.', 'We help you.')).toBe(0);
  });
});

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = up;
    }
  }
  return row[b.length];
}
