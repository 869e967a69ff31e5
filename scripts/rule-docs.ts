/**
 * Writes `docs/rules/<id>.md` for every review rule and `docs/rules/README.md`, from the rule definitions:
 * `npx tsx scripts/rule-docs.ts`. Pages of rules that no longer exist are removed. The docs test fails
 * when these files are missing or out of date (`UPDATE_DOCS=1 npx vitest run …/docs.test.ts` also rewrites them).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleDocFiles } from '../packages/analyzer/src/review/docs.ts';
import { RULES } from '../packages/analyzer/src/review/rules/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes the pages; returns the paths written and removed, relative to the repository root. */
export function writeRuleDocs(repositoryRoot: string): { written: string[]; removed: string[] } {
  const files = ruleDocFiles(RULES);
  const written: string[] = [];
  for (const [path, text] of files) {
    const target = join(repositoryRoot, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    written.push(path);
  }
  const removed: string[] = [];
  const folder = join(repositoryRoot, 'docs/rules');
  for (const file of listMarkdown(folder)) {
    const path = relative(repositoryRoot, file).split('\\').join('/');
    if (!files.has(path)) {
      rmSync(file);
      removed.push(path);
    }
  }
  return { written, removed };
}

function listMarkdown(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) out.push(...listMarkdown(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { written, removed } = writeRuleDocs(root);
  console.log(
    `${written.length} pages written in docs/rules${removed.length ? `, removed: ${removed.join(', ')}` : ''}`,
  );
}
