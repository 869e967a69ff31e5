/**
 * Positive rewordings on the labeled corpus: `npx tsx scripts/rewording-report.ts [--corpus DIR] [--figures]`.
 * For each language, takes the sentences the classifier labels prohibition and those labeled prohibition
 * in the corpus, and prints the share that gets a concrete rewording, then every rewording
 * (original → result, with its pattern) and the prohibitions left without one, so a reader can judge
 * their quality. Cold obligations are counted too. `--figures` prints the figures only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  classifySentence,
  type Lang,
  type ToneLabel,
  type ToneResult,
} from '../packages/analyzer/src/index.ts';
import { rewordSentence } from '../packages/analyzer/src/review/rewrite/index.ts';
import type { OrganizationProfile, Rewording } from '../packages/analyzer/src/review/types.ts';

interface CorpusLine {
  id: string;
  text: string;
  lang: Lang;
  label: ToneLabel;
}

const args = process.argv.slice(2);
const corpusFlag = args.indexOf('--corpus');
const dir = resolve(corpusFlag >= 0 ? args[corpusFlag + 1] : (process.env.CHARTE_CORPUS ?? 'corpus'));
const figuresOnly = args.includes('--figures');
const organization: OrganizationProfile = { name: null, kind: null, values: [], platforms: [] };

const lines: CorpusLine[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as CorpusLine),
  );

interface Row {
  line: CorpusLine;
  predicted: ToneResult;
  rewording: Rewording | null;
}

function reword(line: CorpusLine, tone: ToneResult): Rewording | null {
  return rewordSentence({ text: line.text, lang: line.lang, tone, organization });
}

const pct = (k: number, n: number) => (n === 0 ? '—' : `${((100 * k) / n).toFixed(1)} %`);

for (const lang of ['fr', 'en'] as const) {
  const rows: Row[] = lines
    .filter((l) => l.lang === lang)
    .map((line) => {
      const predicted = classifySentence(line.text, lang);
      const asProhibition =
        predicted.label === 'prohibition' ? predicted : { ...predicted, label: 'prohibition' as const };
      const restrictive = predicted.label === 'prohibition' || line.label === 'prohibition';
      const tone = restrictive ? asProhibition : predicted;
      return { line, predicted, rewording: reword(line, tone) };
    });
  const byClassifier = rows.filter((r) => r.predicted.label === 'prohibition');
  const byGold = rows.filter((r) => r.line.label === 'prohibition');
  const union = rows.filter((r) => r.predicted.label === 'prohibition' || r.line.label === 'prohibition');
  const obligations = rows.filter((r) => r.predicted.label === 'obligation');
  const done = (rs: Row[]) => rs.filter((r) => r.rewording !== null).length;

  console.log(`\n== ${lang} ==`);
  console.log(
    `prohibitions (classifier): ${done(byClassifier)}/${byClassifier.length} reworded (${pct(done(byClassifier), byClassifier.length)})`,
  );
  console.log(
    `prohibitions (gold):       ${done(byGold)}/${byGold.length} reworded (${pct(done(byGold), byGold.length)})`,
  );
  console.log(
    `obligations (classifier):  ${done(obligations)}/${obligations.length} cold ones reworded (${pct(done(obligations), obligations.length)})`,
  );
  const patterns = new Map<string, number>();
  for (const r of [...union, ...obligations]) {
    if (r.rewording) patterns.set(r.rewording.pattern, (patterns.get(r.rewording.pattern) ?? 0) + 1);
  }
  console.log(
    `patterns used: ${[...patterns]
      .sort((a, b) => b[1] - a[1])
      .map(([p, n]) => `${p} ${n}`)
      .join(', ')}`,
  );
  if (figuresOnly) continue;

  console.log('\n-- prohibitions reworded --');
  for (const r of union.filter((x) => x.rewording)) {
    const result = r.rewording!.result;
    console.log(
      `[${r.rewording!.pattern}] ${r.line.text}\n    → ${result}  (now: ${classifySentence(result, lang).label})`,
    );
  }
  console.log('\n-- prohibitions without a rewording (an enabling sentence is suggested instead) --');
  for (const r of union.filter((x) => !x.rewording)) console.log(`${r.line.text}`);
  console.log('\n-- cold obligations reworded --');
  for (const r of obligations.filter((x) => x.rewording)) {
    console.log(`[${r.rewording!.pattern}] ${r.line.text}\n    → ${r.rewording!.result}`);
  }
}
