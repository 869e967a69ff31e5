/**
 * Tone evaluation: `npm run eval [-- --corpus DIR] [-- --errors] [-- --check]`.
 * Reads every *.jsonl of the corpus folder (default: corpus/), leaves out lines marked ambiguous,
 * and prints per language the per-label precision/recall/F1, macro-F1, accuracy and confusion matrix.
 * `--check` exits 1 when a language misses the bar (macro-F1 ≥ 0.85, accuracy ≥ 0.88, every label F1 ≥ 0.70).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifySentence, type Lang, TONE_LABELS, type ToneLabel } from '../packages/analyzer/src/index.ts';
import { type EvalScores, score } from './metrics.ts';

interface CorpusLine {
  id: string;
  text: string;
  lang: Lang;
  label: ToneLabel;
  ambiguous?: boolean;
}

const args = process.argv.slice(2);
const corpusFlag = args.indexOf('--corpus');
const dir = resolve(corpusFlag >= 0 ? args[corpusFlag + 1] : (process.env.CHARTE_CORPUS ?? 'corpus'));
const showErrors = args.includes('--errors');
const check = args.includes('--check');

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
const byLang = new Map<
  Lang,
  { pairs: { gold: ToneLabel; predicted: ToneLabel }[]; ambiguous: number; errors: string[] }
>();
for (const file of files) {
  const lines = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  for (const raw of lines) {
    const line = JSON.parse(raw) as CorpusLine;
    const slot = byLang.get(line.lang) ?? { pairs: [], ambiguous: 0, errors: [] };
    byLang.set(line.lang, slot);
    if (line.ambiguous) {
      slot.ambiguous++;
      continue;
    }
    const result = classifySentence(line.text, line.lang);
    slot.pairs.push({ gold: line.label, predicted: result.label });
    if (result.label !== line.label) {
      slot.errors.push(
        `${line.id}\tgold=${line.label}\tgot=${result.label}\tcue=${result.cue?.text ?? '-'}\t${line.text}`,
      );
    }
  }
}

const pct = (x: number) => x.toFixed(3);
const short: Record<ToneLabel, string> = {
  prohibition: 'proh',
  obligation: 'obli',
  recommendation: 'reco',
  permission: 'perm',
  encouragement: 'enco',
  commitment: 'comm',
  sanction: 'sanc',
  informative: 'info',
};

function print(lang: Lang, s: EvalScores, ambiguous: number): void {
  console.log(`\n== ${lang.toUpperCase()} — ${s.total} sentences scored, ${ambiguous} ambiguous left out`);
  console.log(`accuracy ${pct(s.accuracy)}   macro-F1 ${pct(s.macroF1)}`);
  console.log('label            precision  recall     F1  support');
  for (const l of s.perLabel) {
    console.log(
      `${l.label.padEnd(16)} ${pct(l.precision).padStart(9)} ${pct(l.recall).padStart(7)} ${pct(l.f1).padStart(6)} ${String(l.support).padStart(8)}`,
    );
  }
  console.log(
    `confusion (rows gold, columns predicted)\n      ${TONE_LABELS.map((l) => short[l].padStart(5)).join('')}`,
  );
  for (const g of TONE_LABELS) {
    console.log(
      `${short[g].padEnd(6)}${TONE_LABELS.map((p) => String(s.confusion[g][p]).padStart(5)).join('')}`,
    );
  }
}

let failed = false;
for (const lang of ['fr', 'en'] as const) {
  const slot = byLang.get(lang);
  if (!slot) continue;
  const s = score(slot.pairs);
  print(lang, s, slot.ambiguous);
  if (showErrors) for (const e of slot.errors) console.log(`  ✗ ${e}`);
  const weak = s.perLabel.filter((l) => l.f1 < 0.7);
  if (s.macroF1 < 0.85 || s.accuracy < 0.88 || weak.length > 0) {
    failed = true;
    console.log(
      `below the bar in ${lang}: macro-F1 ≥ 0.85, accuracy ≥ 0.88, every label F1 ≥ 0.70${weak.length ? ` (weak: ${weak.map((w) => w.label).join(', ')})` : ''}`,
    );
  }
}
if (check && failed) process.exit(1);
