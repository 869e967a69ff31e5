import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifySentence, type Lang } from '@charte/analyzer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { runCaptured } from '../run.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const en = { LANG: 'en_US.UTF-8' };
const fr = { LANG: 'fr_CA.UTF-8' };
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-classify-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Record {
  text: string;
  lang: Lang;
  label: string;
  confidence: number;
  cue: { start: number; end: number; text: string } | null;
  explanation: string;
}

const records = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record);

const nonEmptyLines = (text: string) =>
  text
    .split(/\r\n|\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('charte classify --format jsonl', () => {
  it('prints one record per non-empty line, in order, with exactly the documented fields', async () => {
    const { code, stdout, stderr } = await runCaptured(['classify', '--lang', 'en', 'sentences-en.txt'], {
      cwd: fixtures,
    });
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    const lines = nonEmptyLines(await readFile(join(fixtures, 'sentences-en.txt'), 'utf8'));
    const out = records(stdout);
    expect(out.map((r) => r.text)).toEqual(lines);
    for (const record of out) {
      expect(Object.keys(record)).toEqual(['text', 'lang', 'label', 'confidence', 'cue', 'explanation']);
      const expected = classifySentence(record.text, 'en');
      expect(record).toEqual({
        text: record.text,
        lang: 'en',
        label: expected.label,
        confidence: expected.confidence,
        cue: expected.cue,
        explanation: expected.explanation,
      });
      if (record.cue) expect(record.text.slice(record.cue.start, record.cue.end)).toBe(record.cue.text);
    }
    // Anchors from the taxonomy's clearest cases.
    expect(out[0].label).toBe('prohibition');
    expect(out[3].label).toBe('sanction');
  });

  it('reads piped stdin when no file is given, and with -', async () => {
    const stdin =
      'Vous devez respecter la vie privée.\r\n\r\n\uFEFFNous vous invitons à partager vos projets.';
    const piped = await runCaptured(['classify', '--lang', 'fr'], { stdin });
    const dash = await runCaptured(['classify', '--lang', 'fr', '-'], { stdin });
    expect(piped.code).toBe(EXIT_OK);
    expect(dash.stdout).toBe(piped.stdout);
    expect(records(piped.stdout).map((r) => r.text)).toEqual([
      'Vous devez respecter la vie privée.',
      '\uFEFFNous vous invitons à partager vos projets.'.trim(),
    ]);
  });

  it('keeps the order of a long input', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 2
        ? `Rule ${i}: you must not post private data.`
        : `Règle ${i} : vous pouvez partager nos publications.`,
    );
    const { code, stdout } = await runCaptured(['classify'], { stdin: `${lines.join('\n')}\n` });
    expect(code).toBe(EXIT_OK);
    expect(records(stdout).map((r) => r.text)).toEqual(lines);
  });

  it('detects the language per line with --lang auto, and forces it with --lang', async () => {
    const stdin = [
      'Il est interdit de publier des photos d’élèves sans leur consentement.',
      'You must not publish photos of students without their consent.',
    ].join('\n');
    const auto = records((await runCaptured(['classify'], { stdin })).stdout);
    expect(auto.map((r) => r.lang)).toEqual(['fr', 'en']);
    const forced = records((await runCaptured(['classify', '--lang', 'fr'], { stdin })).stdout);
    expect(forced.map((r) => r.lang)).toEqual(['fr', 'fr']);
  });

  it('gives short lines the language of the whole input', async () => {
    const french = await readFile(join(fixtures, 'phrases-fr.txt'), 'utf8');
    const out = records((await runCaptured(['classify'], { stdin: `${french}\nMerci !\nOK.\n` })).stdout);
    expect(out.slice(-2).map((r) => [r.text, r.lang])).toEqual([
      ['Merci !', 'fr'],
      ['OK.', 'fr'],
    ]);
    // A line long and clear enough keeps its own language, even in a French input.
    const mixed = records(
      (await runCaptured(['classify'], { stdin: `${french}\nYou must not post private data.\n` })).stdout,
    );
    expect(mixed.at(-1)?.lang).toBe('en');
    const english = await readFile(join(fixtures, 'sentences-en.txt'), 'utf8');
    const outEn = records((await runCaptured(['classify'], { stdin: `${english}\nMerci !\n` })).stdout);
    expect(outEn.at(-1)?.lang).toBe('en');
  });
});

describe('charte classify --format text', () => {
  it('aligns label, confidence and sentence, marks the cue and puts the explanation below', async () => {
    const { code, stdout } = await runCaptured(
      ['classify', '--format', 'text', '--lang', 'en', 'sentences-en.txt'],
      {
        cwd: fixtures,
        env: en,
      },
    );
    expect(code).toBe(EXIT_OK);
    const jsonl = records(
      (await runCaptured(['classify', '--lang', 'en', 'sentences-en.txt'], { cwd: fixtures })).stdout,
    );
    const rows = stdout.split('\n').filter((l) => l !== '');
    expect(rows).toHaveLength(jsonl.length * 2);
    const column = rows[0].indexOf(
      jsonl[0].cue ? jsonl[0].text.slice(0, jsonl[0].cue.start) || '[' : jsonl[0].text,
    );
    jsonl.forEach((record, i) => {
      const [head, explanation] = [rows[2 * i], rows[2 * i + 1]];
      expect(head.startsWith(record.label)).toBe(true);
      expect(head).toContain(record.confidence.toFixed(2));
      const marked = record.cue
        ? `${record.text.slice(0, record.cue.start)}[${record.cue.text}]${record.text.slice(record.cue.end)}`
        : record.text;
      expect(head.slice(column)).toBe(marked);
      expect(explanation).toBe(`${' '.repeat(column)}${record.explanation}`);
    });
  });

  it('names labels in French for a French UI', async () => {
    const { stdout } = await runCaptured(['classify', '--format', 'text', '--lang', 'fr'], {
      stdin: 'Il est interdit de publier des photos d’élèves sans consentement.\n',
      env: fr,
    });
    expect(stdout.startsWith('interdiction')).toBe(true);
  });

  it('colors only a terminal, and honors NO_COLOR and FORCE_COLOR', async () => {
    const stdin = 'Do not share your password.\n';
    const args = ['classify', '--format', 'text', '--lang', 'en'];
    const esc = '\u001b[';
    expect((await runCaptured(args, { stdin, tty: true, env: {} })).stdout).toContain(esc);
    expect((await runCaptured(args, { stdin, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await runCaptured(args, { stdin, tty: false, env: {} })).stdout).not.toContain(esc);
    expect((await runCaptured(args, { stdin, tty: false, env: { FORCE_COLOR: '1' } })).stdout).toContain(esc);
  });
});

describe('charte classify on bad input', () => {
  const bad = async (name: string, content: string | Uint8Array) => {
    await writeFile(join(tmp, name), content);
    return runCaptured(['classify', name], { cwd: tmp, env: en });
  };

  it('refuses a folder, a missing file, binary data and invalid UTF-8 with one line each, exit 2', async () => {
    await mkdir(join(tmp, 'folder'), { recursive: true });
    const cases = [
      [
        await runCaptured(['classify', 'folder'], { cwd: tmp, env: en }),
        'charte: folder: is a folder, not a file',
      ],
      [
        await runCaptured(['classify', 'nope.txt'], { cwd: tmp, env: en }),
        'charte: nope.txt: no such file or directory',
      ],
      [
        await bad('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
        'looks like a binary file',
      ],
      [
        await bad('latin1.txt', new Uint8Array([0x4e, 0x6f, 0xeb, 0x6c])),
        'not valid UTF-8 (first bad byte at offset 2)',
      ],
    ] as const;
    for (const [result, message] of cases) {
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says the same in French', async () => {
    const { code, stderr } = await runCaptured(['classify', 'nope.txt'], { cwd: tmp, env: fr });
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toBe('charte : nope.txt : fichier ou dossier introuvable\n');
  });

  it('refuses a file over --max-size, and a 50 MB file by default, from its size', async () => {
    const small = await runCaptured(['classify', '--max-size', '10', 'sentences-en.txt'], {
      cwd: fixtures,
      env: en,
    });
    expect(small.code).toBe(EXIT_FAILURE);
    expect(small.stderr).toMatch(
      /^charte: sentences-en\.txt: file too large \(\d+ B; the limit is 10 B, see --max-size\)\n$/,
    );
    const handle = await open(join(tmp, 'huge.txt'), 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const started = performance.now();
    const huge = await runCaptured(['classify', 'huge.txt'], { cwd: tmp, env: en });
    expect(huge.code).toBe(EXIT_FAILURE);
    expect(huge.stderr).toBe(
      'charte: huge.txt: file too large (50 MB; the limit is 10 MB, see --max-size)\n',
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses piped input over the limit', async () => {
    const { code, stderr } = await runCaptured(['classify', '--max-size', '1k'], {
      stdin: 'x'.repeat(2000),
      env: en,
    });
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toBe('charte: <stdin>: file too large (> 1 kB; the limit is 1 kB, see --max-size)\n');
  });

  it('gives an empty or blank file a one-line notice and exits 0', async () => {
    for (const content of ['', ' \n\n\t \r\n', '\uFEFF']) {
      const result = await bad('blank.txt', content);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('charte: note: blank.txt: empty file, nothing to analyze\n');
    }
  });
});
