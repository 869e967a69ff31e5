import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadCharter } from '@charte/analyzer';
import { type CharterAnswers, defaultAnswers, generateCharter } from '@charte/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { Context } from '../context.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes.js';
import { catalog, createTranslator, type UiLang } from '../i18n/index.js';
import { bufferIo } from '../io.js';
import { mergeAnswers } from '../new/flags.js';
import type { PromptChoice, Prompter, Validate } from '../new/prompter.js';
import { runCaptured } from '../run.js';
import { newCommand } from './new.js';

const FR = { LANG: 'fr_CA.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };
const DATE = '2025-09-01';
let tmp: string;
let cases = 0;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'charte-new-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A fresh working folder for one test. */
async function workdir(): Promise<string> {
  const dir = join(tmp, `case-${++cases}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Every file under `dir`, relative and `/`-separated, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The files of a folder with their text, as the charter loader takes them. */
async function readFolder(dir: string): Promise<{ path: string; source: string }[]> {
  return Promise.all(
    (await listFiles(dir)).map(async (path) => ({ path, source: await readFile(join(dir, path), 'utf8') })),
  );
}

/** The YAML front matter of a Markdown file, parsed (throws on malformed YAML); null without one. */
function frontMatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  return match ? parseYaml(match[1]) : null;
}

/** Every string inside a parsed YAML value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const expectedPaths = (answers: CharterAnswers) =>
  generateCharter(answers)
    .map((file) => file.path)
    .sort();

const newCmd = (args: string[], cwd: string, env: Record<string, string> = FR) =>
  runCaptured(['new', ...args], { cwd, env });

describe('charte new --yes', () => {
  it.each([
    ['fr', ['fr']],
    ['en', ['en']],
    ['fr,en', ['fr', 'en']],
  ] as const)('--lang %s writes the whole charter with the defaults', async (lang, langs) => {
    const cwd = await workdir();
    const { code, stdout, stderr } = await newCmd(['--yes', '--lang', lang, '--date', DATE], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);

    const answers = defaultAnswers([...langs], DATE);
    const generated = generateCharter(answers);
    const files = await readFolder(join(cwd, 'charte'));
    expect(files.map((f) => f.path)).toEqual(expectedPaths(answers));
    for (const file of generated) {
      expect(await readFile(join(cwd, 'charte', file.path), 'utf8')).toBe(file.source);
    }
    // Every Markdown file's front matter is valid YAML, and the folder loads as a charter in each language.
    for (const file of files.filter((f) => f.path.endsWith('.md')))
      expect(() => frontMatter(file.source)).not.toThrow();
    const charter = loadCharter(files);
    expect(charter.editions.map((e) => e.lang)).toEqual([...langs]);
    expect(charter.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    // The report lists every file and the next steps, in French (the UI language).
    expect(stdout).toContain(`Charte écrite dans charte (${files.length} fichiers) :`);
    for (const file of files) expect(stdout).toContain(`  ${join('charte', file.path)}\n`);
    expect(stdout).toMatch(/ {2}charte lint charte {3,}revoir son ton/);
    expect(stdout).toContain('charte render charte --out charte-site');
  });

  it('writes into the folder named by --out (created with its parents), reporting in English', async () => {
    const cwd = await workdir();
    const { code, stdout } = await newCmd(
      ['--yes', '--lang', 'en', '--out', 'docs/our charter', '--date', DATE],
      cwd,
      EN,
    );
    expect(code).toBe(EXIT_OK);
    expect(await listFiles(join(cwd, 'docs/our charter'))).toEqual(
      expectedPaths(defaultAnswers(['en'], DATE)),
    );
    expect(stdout).toMatch(/^Charter written in docs\/our charter \(\d+ files\):\n/);
    expect(stdout).toContain("charte lint 'docs/our charter'");
    expect(stdout).toContain("charte render 'docs/our charter' --out 'docs/our charter-site'");
    // The staging folder is gone.
    expect(await readdir(join(cwd, 'docs'))).toEqual(['our charter']);
  });

  it('defaults to the UI language and to the charter folder named in it', async () => {
    const cwd = await workdir();
    expect((await newCmd(['--yes', '--date', DATE], cwd, EN)).code).toBe(EXIT_OK);
    expect(await listFiles(join(cwd, 'charter'))).toEqual(expectedPaths(defaultAnswers(['en'], DATE)));
  });

  it('lets flags override the defaults; a name with quotes and a colon round-trips', async () => {
    const cwd = await workdir();
    const name = 'Ville de « Saint-Jean » : l’ouest "nord" #1';
    const nameEn = 'City of "Saint-Jean": West';
    const args = [
      '--yes',
      '--lang',
      'fr,en',
      '--name',
      name,
      '--name-en',
      nameEn,
      '--kind',
      'city',
      '--platforms',
      'LinkedIn,bluesky',
      '--audiences',
      'public',
      '--values',
      'equity,safety',
      '--custom-values',
      'proximité, audace',
      '--email',
      'com@ville.example',
      '--incidents-email',
      'securite@ville.example',
      '--phone',
      '819 555-0100',
      '--hours',
      'mon-sat 9:00-17:30',
      '--date',
      '2026-01-15',
      '--review-months',
      '24',
    ];
    const { code, stderr } = await newCmd(args, cwd);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);

    const answers: CharterAnswers = {
      names: { fr: name, en: nameEn },
      kind: 'city',
      langs: ['fr', 'en'],
      platforms: ['linkedin', 'bluesky'],
      audiences: ['public'],
      values: ['equity', 'safety'],
      customValues: ['proximité', 'audace'],
      contacts: {
        communications: 'com@ville.example',
        incidents: 'securite@ville.example',
        phone: '819 555-0100',
      },
      hours: { days: 'mon-sat', open: '09:00', close: '17:30' },
      date: '2026-01-15',
      reviewEveryMonths: 24,
    };
    const files = await readFolder(join(cwd, 'charte'));
    // Exactly what the generator makes of these answers: every flag reached it.
    expect(files).toEqual(
      generateCharter(answers)
        .map(({ path, source }) => ({ path, source }))
        .sort((a, b) => (a.path < b.path ? -1 : 1)),
    );
    const defaults = generateCharter(defaultAnswers(['fr', 'en'], DATE));
    expect(files.map((f) => f.source)).not.toEqual(defaults.map((f) => f.source));
    // The names survive YAML front matter exactly as typed.
    const metaStrings = files.flatMap((f) => strings(frontMatter(f.source)));
    expect(metaStrings.some((s) => s.includes(name))).toBe(true);
    expect(metaStrings.some((s) => s.includes(nameEn))).toBe(true);
    expect(loadCharter(files).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives the English edition the French name when only --name is given', async () => {
    const cwd = await workdir();
    const name = 'Commission scolaire Riverside';
    expect((await newCmd(['--yes', '--lang', 'fr,en', '--name', name, '--date', DATE], cwd)).code).toBe(
      EXIT_OK,
    );
    const files = await readFolder(join(cwd, 'charte'));
    const expected = generateCharter({
      ...defaultAnswers(['fr', 'en'], DATE),
      names: { fr: name, en: name },
    });
    expect(files.map((f) => f.source).sort()).toEqual(expected.map((f) => f.source).sort());
  });

  it.each([
    ['--email', 'pas-un-courriel', 'une adresse courriel est attendue'],
    ['--incidents-email', 'a@b', 'une adresse courriel est attendue'],
    ['--hours', 'lundi 8h-16h', 'des jours et des heures comme « mon-fri 08:30-16:30 »'],
    ['--hours', 'mon-fri 17:00-09:00', 'l’ouverture avant la fermeture'],
    ['--hours', 'mon-fri 25:00-26:00', 'des jours et des heures'],
    ['--platforms', 'facebook,myspace', 'facebook, instagram, linkedin'],
    ['--audiences', '', 'staff, students, parents, public'],
    ['--lang', 'de', 'fr, en ou fr,en est attendu'],
    ['--kind', 'club', 'school-service-centre, school, city, company'],
    ['--name', 'X', 'de 2 à 120 caractères'],
    ['--date', '2025-02-30', 'une date comme 2025-09-01'],
    ['--review-months', '3', 'de 6 à 60'],
    ['--custom-values', 'a,b,c,d,e,f', '5 valeurs au plus'],
    ['--phone', '12', 'de 7 à 40 caractères'],
  ])('refuses %s %j with a French message naming the flag, writing nothing', async (flag, value, reason) => {
    const cwd = await workdir();
    const { code, stdout, stderr } = await newCmd(['--yes', flag, value], cwd);
    expect(code).toBe(EXIT_FAILURE);
    expect(stdout).toBe('');
    const [line, hint] = stderr.split('\n');
    expect(line).toContain(`charte : valeur « ${value} » invalide pour ${flag} : `);
    expect(line).toContain(reason);
    expect(hint).toBe('Lancez « charte new --help » pour l’aide.');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('reports every wrong flag at once, in English when the UI is English', async () => {
    const cwd = await workdir();
    const { code, stderr } = await newCmd(
      ['--yes', '--email', 'nope', '--hours', '9-5', '--platforms', 'myspace', '--lang', 'fr,de'],
      cwd,
      EN,
    );
    expect(code).toBe(EXIT_FAILURE);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      "charte: invalid value 'fr,de' for --lang: expected fr, en or fr,en",
      "charte: invalid value 'myspace' for --platforms: expected one or more of facebook, instagram, linkedin, youtube, tiktok, x, bluesky, threads, separated by commas",
      "charte: invalid value 'nope' for --email: expected an e-mail address, like name@example.org",
      'charte: invalid value \'9-5\' for --hours: expected days and hours like "mon-fri 08:30-16:30" (days: mon-fri, mon-sat, every-day), the opening before the closing',
      "Run 'charte new --help' for usage.",
    ]);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses --name-en when the charter has no English edition, and no values at all', async () => {
    const cwd = await workdir();
    const { code, stderr } = await newCmd(
      ['--yes', '--lang', 'fr', '--name-en', 'City', '--values', ''],
      cwd,
      EN,
    );
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain('for --name-en: the charter has no English version (add en to --lang)');
    expect(stderr).toContain('for --values: choose at least one value or write your own');
  });

  it('refuses an existing folder that is not empty without --force, and changes nothing', async () => {
    const cwd = await workdir();
    await mkdir(join(cwd, 'charte'));
    await writeFile(join(cwd, 'charte/notes.txt'), 'mes notes');
    const before = await stat(join(cwd, 'charte/notes.txt'));
    const { code, stdout, stderr } = await newCmd(['--yes'], cwd);
    expect(code).toBe(EXIT_FAILURE);
    expect(stdout).toBe('');
    expect(stderr).toContain('charte : le dossier charte n’est pas vide : rien n’a été écrit.');
    expect(stderr).toContain('--force');
    expect(await listFiles(join(cwd, 'charte'))).toEqual(['notes.txt']);
    expect((await stat(join(cwd, 'charte/notes.txt'))).mtimeMs).toBe(before.mtimeMs);
    // Nothing staged next to it either.
    expect(await readdir(cwd)).toEqual(['charte']);
  });

  it('writes into an existing empty folder without --force', async () => {
    const cwd = await workdir();
    await mkdir(join(cwd, 'charte'));
    expect((await newCmd(['--yes', '--lang', 'fr'], cwd)).code).toBe(EXIT_OK);
    expect((await listFiles(join(cwd, 'charte'))).length).toBeGreaterThan(0);
  });

  it('with --force, replaces only the generated files and leaves the others alone', async () => {
    const cwd = await workdir();
    const answers = defaultAnswers(['fr'], DATE);
    const [first, second] = generateCharter(answers);
    await mkdir(join(cwd, 'charte', first.path, '..'), { recursive: true });
    await writeFile(join(cwd, 'charte', first.path), 'ancienne version');
    await writeFile(join(cwd, 'charte/notes.txt'), 'mes notes');
    await mkdir(join(cwd, 'charte/images'));
    await writeFile(join(cwd, 'charte/images/logo.svg'), '<svg/>');

    const { code, stderr } = await newCmd(['--yes', '--lang', 'fr', '--date', DATE, '--force'], cwd);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT_OK);
    expect(await readFile(join(cwd, 'charte', first.path), 'utf8')).toBe(first.source);
    expect(await readFile(join(cwd, 'charte', second.path), 'utf8')).toBe(second.source);
    expect(await readFile(join(cwd, 'charte/notes.txt'), 'utf8')).toBe('mes notes');
    expect(await readFile(join(cwd, 'charte/images/logo.svg'), 'utf8')).toBe('<svg/>');
    expect(await listFiles(join(cwd, 'charte'))).toEqual(
      [...expectedPaths(answers), 'images/logo.svg', 'notes.txt'].sort(),
    );
  });

  it('says clearly when the charter could be written only in part', async () => {
    const cwd = await workdir();
    const paths = expectedPaths(defaultAnswers(['fr'], DATE));
    const files = generateCharter(defaultAnswers(['fr'], DATE)).map((f) => f.path);
    // A folder (not empty) where the third file goes: that rename fails, after two files.
    await mkdir(join(cwd, 'charte', files[2]), { recursive: true });
    await writeFile(join(cwd, 'charte', files[2], 'garde.txt'), '');
    const { code, stdout, stderr } = await newCmd(['--yes', '--lang', 'fr', '--date', DATE, '--force'], cwd);
    expect(code).toBe(EXIT_FAILURE);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(
        `^charte : charte : 2 fichiers sur ${paths.length} écrits, puis ${files[2]} a échoué \\(E[A-Z]+\\) ; la charte y est incomplète : corrigez la cause et relancez avec --force\\n$`,
      ),
    );
    expect(await readdir(cwd)).toEqual(['charte']);
  });

  it('refuses a path that is a file', async () => {
    const cwd = await workdir();
    await writeFile(join(cwd, 'charte'), 'un fichier');
    const { code, stderr } = await newCmd(['--yes', '--force'], cwd);
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain('charte : charte existe et n’est pas un dossier : rien n’a été écrit');
    expect(await readFile(join(cwd, 'charte'), 'utf8')).toBe('un fichier');
  });

  it('reports a folder it cannot create, leaving nothing behind', async () => {
    const cwd = await workdir();
    // A file where a parent folder should be: no folder can be created under it, even as root.
    await writeFile(join(cwd, 'docs'), 'un fichier');
    const { code, stdout, stderr } = await newCmd(['--yes', '--out', 'docs/charter'], cwd, EN);
    expect(code).toBe(EXIT_FAILURE);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^charte: cannot write the charter into docs\/charter \((ENOTDIR|EEXIST)\); nothing written\n$/,
    );
    expect(await readdir(cwd)).toEqual(['docs']);
  });
});

describe('charte new without --yes', () => {
  it('refuses to ask its questions when not on a terminal', async () => {
    const cwd = await workdir();
    const piped = await runCaptured(['new'], { cwd, env: EN, stdin: '' });
    expect(piped.code).toBe(EXIT_FAILURE);
    expect(piped.stderr).toBe(
      "charte: charte new needs a terminal for its questions; add --yes to use the defaults and flags\nRun 'charte new --help' for usage.\n",
    );
    // stdin a terminal but stdout redirected: still no questions.
    const redirected = await runCaptured(['new', '--lang', 'fr'], { cwd, env: FR });
    expect(redirected.code).toBe(EXIT_FAILURE);
    expect(redirected.stderr).toContain(
      'charte new a besoin d’un terminal pour poser ses questions ; ajoutez --yes',
    );
    expect(await readdir(cwd)).toEqual([]);
  });
});

/** Several answers tried in turn for one question: all but the last are expected to be refused. */
class Tries {
  constructor(readonly values: unknown[]) {}
}
const tries = (...values: unknown[]) => new Tries(values);

/**
 * A prompter that answers from a script keyed by the exact question, and otherwise takes the
 * default, as pressing Enter would. Every validation runs; refusals are recorded.
 */
function scripted(given: Record<string, unknown> = {}) {
  // The name and the e-mail address have no default: a person types them.
  const [fr, en] = [catalog('fr'), catalog('en')];
  const script: Record<string, unknown> = {
    [fr['new.q.name']]: 'École du Lac',
    [fr['new.q.nameFr']]: 'École du Lac',
    [en['new.q.name']]: 'Lake School',
    [fr['new.q.email']]: 'com@lac.example',
    [en['new.q.email']]: 'com@lake.example',
    ...given,
  };
  const asked: string[] = [];
  const refusals: { message: string; reason: string }[] = [];
  const defaults: Record<string, unknown> = {};
  async function answer<T>(message: string, fallback: T, validate?: Validate<T>): Promise<T> {
    asked.push(message);
    defaults[message] = fallback;
    const scriptedAnswer = Object.hasOwn(script, message) ? script[message] : fallback;
    const attempts = (scriptedAnswer instanceof Tries ? scriptedAnswer.values : [scriptedAnswer]) as T[];
    for (const attempt of attempts) {
      if (attempt instanceof Error) throw attempt;
      const verdict = validate ? await validate(attempt) : true;
      if (verdict === true) return attempt;
      refusals.push({ message, reason: verdict });
    }
    throw new Error(`no accepted answer for "${message}"`);
  }
  const prompter: Prompter = {
    select: <V>(q: { message: string; choices: PromptChoice<V>[]; default?: V }) =>
      answer(q.message, q.default ?? q.choices[0].value),
    checkbox: <V>(q: { message: string; choices: PromptChoice<V>[]; validate?: Validate<readonly V[]> }) =>
      answer<readonly V[]>(
        q.message,
        q.choices.filter((c) => c.checked).map((c) => c.value),
        q.validate,
      ) as Promise<V[]>,
    input: (q) => answer(q.message, q.default ?? '', q.validate),
    confirm: (q) => answer(q.message, q.default),
  };
  return { prompter, asked, refusals, defaults };
}

function terminalContext(lang: UiLang, cwd: string): { ctx: Context; io: ReturnType<typeof bufferIo> } {
  const io = bufferIo({ tty: true, cwd });
  return { ctx: { io, t: createTranslator(lang) }, io };
}

describe('charte new questionnaire (scripted answers)', () => {
  const fr = catalog('fr');
  const en = catalog('en');

  it('asks everything in French, showing the defaults, and writes what was answered', async () => {
    const cwd = await workdir();
    const { ctx, io } = terminalContext('fr', cwd);
    const { prompter, asked, defaults, refusals } = scripted({
      [fr['new.q.langs']]: 'both',
      [fr['new.q.nameFr']]: 'Ville de Lévis',
      [fr['new.q.kind']]: 'city',
      [fr['new.q.platforms']]: tries([], ['facebook', 'linkedin']),
      [fr['new.q.values']]: [],
      [fr['new.q.customValues']]: tries('', 'proximité'),
      [fr['new.q.email']]: tries('com@levis', 'com@levis.example'),
      [fr['new.q.phone']]: tries('123', '418 555-0199'),
      [fr['new.q.open']]: tries('8h', '9:00'),
      [fr['new.q.close']]: tries('08:00', '16:00'),
      [fr['new.q.review']]: 6,
      [fr['new.q.out']]: 'ma-charte',
    });
    const code = await newCommand(ctx, {}, { prompter, today: () => DATE });
    expect(io.err()).toBe('');
    expect(code).toBe(EXIT_OK);
    expect(asked).toEqual([
      fr['new.q.langs'],
      fr['new.q.nameFr'],
      fr['new.q.nameEn'],
      fr['new.q.kind'],
      fr['new.q.platforms'],
      fr['new.q.audiences'],
      fr['new.q.values'],
      fr['new.q.customValues'],
      fr['new.q.email'],
      fr['new.q.incidentsEmail'],
      fr['new.q.phone'],
      fr['new.q.days'],
      fr['new.q.open'],
      fr['new.q.close'],
      fr['new.q.review'],
      fr['new.q.out'],
    ]);
    // The defaults shown are those of defaultAnswers, but for the name and the e-mail address, which
    // must be the organization's own; the English name defaults to the French one.
    const base = defaultAnswers(['fr', 'en'], DATE);
    expect(defaults[fr['new.q.nameFr']]).toBe('');
    expect(defaults[fr['new.q.email']]).toBe('');
    expect(defaults[fr['new.q.nameEn']]).toBe('Ville de Lévis');
    expect(defaults[fr['new.q.audiences']]).toEqual(base.audiences);
    expect(defaults[fr['new.q.incidentsEmail']]).toBe('com@levis.example');
    expect(defaults[fr['new.q.out']]).toBe('charte');
    // Refused answers got French reasons.
    expect(refusals).toEqual([
      { message: fr['new.q.platforms'], reason: fr['new.reason.atLeastOne'] },
      { message: fr['new.q.customValues'], reason: fr['new.reason.noValues'] },
      { message: fr['new.q.email'], reason: fr['new.reason.email'] },
      { message: fr['new.q.phone'], reason: fr['new.reason.phone'] },
      { message: fr['new.q.open'], reason: fr['new.reason.time'] },
      { message: fr['new.q.close'], reason: fr['new.reason.closeAfterOpen'].replace('{open}', '09:00') },
    ]);
    const answers: CharterAnswers = {
      ...base,
      names: { fr: 'Ville de Lévis', en: 'Ville de Lévis' },
      kind: 'city',
      platforms: ['facebook', 'linkedin'],
      values: [],
      customValues: ['proximité'],
      contacts: { communications: 'com@levis.example', phone: '418 555-0199' },
      hours: { days: 'mon-fri', open: '09:00', close: '16:00' },
      reviewEveryMonths: 6,
    };
    const files = await readFolder(join(cwd, 'ma-charte'));
    expect(files.map((f) => f.source).sort()).toEqual(
      generateCharter(answers)
        .map((f) => f.source)
        .sort(),
    );
    expect(io.out()).toContain('charte lint ma-charte');
  });

  it('does not ask again what the flags give, and asks in English', async () => {
    const cwd = await workdir();
    const { ctx } = terminalContext('en', cwd);
    const { prompter, asked } = scripted();
    const code = await newCommand(
      ctx,
      {
        lang: 'en',
        name: 'Northwind',
        kind: 'company',
        platforms: 'linkedin',
        values: 'openness',
        customValues: '',
        email: 'hello@northwind.example',
        phone: '555 010 0000',
        hours: 'every-day 07:00-19:00',
        reviewMonths: '12',
        out: 'policy',
      },
      { prompter, today: () => DATE },
    );
    expect(code).toBe(EXIT_OK);
    expect(asked).toEqual([en['new.q.audiences'], en['new.q.incidentsEmail']]);
    const expected = mergeAnswers(
      {
        langs: ['en'],
        name: 'Northwind',
        kind: 'company',
        platforms: ['linkedin'],
        values: ['openness'],
        customValues: [],
        communications: 'hello@northwind.example',
        phone: '555 010 0000',
        hours: { days: 'every-day', open: '07:00', close: '19:00' },
        reviewEveryMonths: 12,
      },
      defaultAnswers(['en'], DATE),
    );
    const files = await readFolder(join(cwd, 'policy'));
    expect(files.map((f) => f.source).sort()).toEqual(
      generateCharter(expected)
        .map((f) => f.source)
        .sort(),
    );
  });

  it('asks before replacing files in a folder that is not empty, and asks for another folder on No', async () => {
    const cwd = await workdir();
    await mkdir(join(cwd, 'charte'));
    await writeFile(join(cwd, 'charte/notes.txt'), 'mes notes');
    await writeFile(join(cwd, 'un-fichier'), '');
    const { ctx } = terminalContext('fr', cwd);
    const overwrite = fr['new.q.overwrite'].replace('{dir}', 'charte');
    const { prompter, asked, defaults, refusals } = scripted({
      [fr['new.q.out']]: tries('', 'un-fichier', 'charte'),
      [overwrite]: false,
    });
    // The second time, the folder question takes "autre" (the script is consumed in order).
    let outAnswers = 0;
    const inner = prompter.input;
    prompter.input = (q) =>
      q.message === fr['new.q.out'] && ++outAnswers === 2 ? Promise.resolve('autre') : inner(q);
    expect(await newCommand(ctx, { lang: 'fr' }, { prompter, today: () => DATE })).toBe(EXIT_OK);
    expect(asked.slice(-2)).toEqual([fr['new.q.out'], overwrite]);
    expect(defaults[overwrite]).toBe(false);
    expect(refusals).toEqual([
      { message: fr['new.q.out'], reason: fr['new.reason.required'] },
      { message: fr['new.q.out'], reason: fr['new.reason.notFolder'] },
    ]);
    expect(await listFiles(join(cwd, 'charte'))).toEqual(['notes.txt']);
    expect((await listFiles(join(cwd, 'autre'))).length).toBeGreaterThan(0);
  });

  it('replaces the charter files once the overwrite is confirmed', async () => {
    const cwd = await workdir();
    await mkdir(join(cwd, 'charte'));
    await writeFile(join(cwd, 'charte/notes.txt'), 'mes notes');
    const { ctx } = terminalContext('fr', cwd);
    const { prompter } = scripted({ [fr['new.q.overwrite'].replace('{dir}', 'charte')]: true });
    expect(await newCommand(ctx, { lang: 'fr' }, { prompter, today: () => DATE })).toBe(EXIT_OK);
    expect(await listFiles(join(cwd, 'charte'))).toEqual(
      [...expectedPaths(defaultAnswers(['fr'], DATE)), 'notes.txt'].sort(),
    );
  });

  it('cancels when the --out folder is not empty and the person says No', async () => {
    const cwd = await workdir();
    await mkdir(join(cwd, 'charte'));
    await writeFile(join(cwd, 'charte/notes.txt'), 'mes notes');
    const { ctx, io } = terminalContext('fr', cwd);
    const { prompter } = scripted();
    expect(await newCommand(ctx, { lang: 'fr', out: 'charte' }, { prompter })).toBe(EXIT_FAILURE);
    expect(io.err()).toBe('charte : annulé, rien n’a été écrit\n');
    expect(await listFiles(join(cwd, 'charte'))).toEqual(['notes.txt']);
  });

  it('turns Ctrl+C (inquirer’s ExitPromptError) into a one-line cancellation, writing nothing', async () => {
    const cwd = await workdir();
    const { ctx, io } = terminalContext('en', cwd);
    const exit = Object.assign(new Error('User force closed the prompt with SIGINT'), {
      name: 'ExitPromptError',
    });
    const { prompter } = scripted({ [en['new.q.kind']]: exit });
    expect(await newCommand(ctx, { lang: 'en' }, { prompter })).toBe(EXIT_FAILURE);
    expect(io.err()).toBe('charte: cancelled, nothing written\n');
    expect(io.out()).toBe('');
    expect(await readdir(cwd)).toEqual([]);
  });
});
