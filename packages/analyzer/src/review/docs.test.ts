import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeRuleDocs } from '../../../../scripts/rule-docs.js';
import { ruleDocFiles } from './docs.js';
import { RULES } from './rules/index.js';
import { WEIGHTS } from './scores/index.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

// Regenerate on purpose, never silently: UPDATE_DOCS=1 npx vitest run packages/analyzer/src/review/docs.test.ts
if (process.env.UPDATE_DOCS === '1') writeRuleDocs(root);

function markdownUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownUnder(path) : name.endsWith('.md') ? [path] : [];
  });
}

describe('rule documentation', () => {
  const files = ruleDocFiles(RULES);

  it('has one page per rule id, and ids are unique', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(files.has(`docs/rules/${rule.id}.md`)).toBe(true);
  });

  it.each([...files.keys()])('%s is present and up to date (UPDATE_DOCS=1 to regenerate)', (path) => {
    const target = join(root, path);
    expect(existsSync(target), `${path} is missing: run npx tsx scripts/rule-docs.ts`).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(files.get(path));
  });

  it('has no page for a rule that does not exist', () => {
    const pages = markdownUnder(join(root, 'docs/rules')).map((p) => relative(root, p).split('\\').join('/'));
    expect(pages.filter((p) => !files.has(p))).toEqual([]);
  });

  it('gives every option a description in both languages', () => {
    for (const rule of RULES) {
      for (const name of Object.keys(rule.defaults)) {
        expect(rule.docs.options[name]?.fr, `${rule.id} ${name}`).toBeTruthy();
        expect(rule.docs.options[name]?.en, `${rule.id} ${name}`).toBeTruthy();
      }
    }
  });
});

describe('score documentation', () => {
  const text = readFileSync(join(root, 'docs/scores.md'), 'utf8');
  it.each(Object.entries(WEIGHTS))('documents the part %s with its weight', (id, weight) => {
    expect(text).toContain(`\`${id}\``);
    expect(text).toMatch(new RegExp(`\`${id}\`[^\\n]*\\b${weight}\\b`));
  });
});
