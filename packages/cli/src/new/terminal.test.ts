import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CharterAnswers } from '@charte/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The questionnaire on a real pseudo-terminal: the built `bin/charte.js` runs under util-linux
 * `script`, which gives it a terminal (stdin and stdout are TTYs, raw mode, arrow keys) while the
 * test talks to `script` through plain pipes. No native module needed. Each step waits for the
 * question's text on screen (ANSI codes stripped) before typing, never for a fixed time.
 */
const root = new URL('../../../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/charte.js');
const DATE = '2025-09-01';
const DOWN = '\u001b[B';
const ENTER = '\r';
const SPACE = ' ';
const BACKSPACE = '\u007f';
const CTRL_C = '\u0003';
let tmp: string;
let cases = 0;
/** The built templates package, the very generator the bin runs. */
let templates: typeof import('@charte/templates');

beforeAll(async () => {
  templates = await import(pathToFileURL(join(root, 'packages/templates/dist/index.js')).href);
  tmp = await mkdtemp(join(tmpdir(), 'charte-new-tty-'));
}, 180_000);
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function workdir(): Promise<string> {
  const dir = join(tmp, `case-${++cases}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** Terminal escape sequences: CSI (colors, cursor moves), OSC (titles), and the short ones. */
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what this matches.
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[()][A-Za-z0-9]|\u001b[=>78]/g;

/** What was shown on the terminal, as a person reads it: escape sequences removed, blanks collapsed. */
function screenText(raw: string): string {
  return raw.replace(ESCAPES, '').replace(/\s+/g, ' ');
}

/** `charte new …` in a pseudo-terminal, and the means to read its screen and type into it. */
class Session {
  private raw = '';
  /** How far the screen has been read: each wait looks only at what came after. */
  private seen = 0;
  private waiters: (() => void)[] = [];
  readonly exit: Promise<number | null>;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(args: string[], cwd: string, lang: string) {
    // `stty` widens the terminal so that questions are not wrapped (a pipe has no size).
    const command = `stty cols 200 rows 50 2>/dev/null; exec ${shellQuote(process.execPath)} ${shellQuote(bin)} new ${args.map(shellQuote).join(' ')}`;
    this.child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', SHELL: '/bin/sh', TERM: 'xterm-256color', LANG: lang },
    });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.raw += chunk;
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.on('data', (chunk) => {
      this.raw += chunk;
    });
    this.exit = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      this.child.on('close', (code) => {
        for (const wake of this.waiters.splice(0)) wake();
        resolve(code);
      });
    });
  }

  /** Everything shown so far, as text. */
  get screen(): string {
    return screenText(this.raw);
  }

  /** Waits until `text` shows after what was already read, then marks it read. */
  async waitFor(text: string, timeout = 20_000): Promise<void> {
    const wanted = text.replace(/\s+/g, ' ');
    const deadline = Date.now() + timeout;
    for (;;) {
      const screen = this.screen;
      const at = screen.indexOf(wanted, this.seen);
      if (at !== -1) {
        this.seen = at + wanted.length;
        return;
      }
      if (this.child.exitCode !== null || Date.now() > deadline)
        throw new Error(
          `"${wanted}" never showed; the screen after the last answer:\n${screen.slice(this.seen)}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 250);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for the question, then types the keys. */
  async answer(question: string, keys: string): Promise<void> {
    await this.waitFor(question);
    this.child.stdin.write(keys);
  }

  async close(): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    try {
      return await this.exit;
    } finally {
      clearTimeout(timer);
      this.child.stdin.end();
    }
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The folder holds exactly the charter the answers describe, byte for byte. */
async function expectCharter(dir: string, answers: CharterAnswers, others: string[] = []): Promise<void> {
  const files = templates.generateCharter(answers);
  expect(await listFiles(dir)).toEqual([...files.map((f) => f.path), ...others].sort());
  for (const file of files) expect(await readFile(join(dir, file.path), 'utf8')).toBe(file.source);
}

describe('charte new on a terminal (built bin, pseudo-terminal)', () => {
  it('runs the whole questionnaire in French: both languages, a city, a refused e-mail, a folder asked again', async () => {
    const cwd = await workdir();
    await mkdir(join(cwd, 'charte'));
    await writeFile(join(cwd, 'charte/notes.txt'), 'mes notes');
    const s = new Session(['--date', DATE], cwd, 'fr_CA.UTF-8');
    try {
      await s.waitFor('Dans quelle(s) langue(s) la charte sera-t-elle rédigée ?');
      // inquirer's key hints, in French.
      await s.answer('naviguer • ⏎ choisir', DOWN + DOWN + ENTER);
      await s.waitFor('Les deux (français et anglais)');
      // The name and the e-mail address have no made-up default: they must be typed.
      await s.answer('Nom de l’organisation, en français', 'Ville de Lévis\r');
      // The English name defaults to the French one.
      await s.answer('Nom de l’organisation, en anglais (Ville de Lévis)', `City of Lévis${ENTER}`);
      await s.answer('De quel type d’organisation s’agit-il ?', DOWN + DOWN + ENTER);
      await s.waitFor('Ville ou municipalité');
      await s.waitFor('Sur quelles plateformes l’organisation est-elle présente ?');
      // Instagram (2nd, checked by default) unchecked.
      await s.answer('espace choisir • a tout • i inverser • ⏎ valider', DOWN + SPACE + ENTER);
      await s.answer('À qui la charte s’adresse-t-elle ?', ENTER);
      await s.answer('Quelles valeurs la charte doit-elle porter ?', ENTER);
      await s.answer('Vos propres valeurs, séparées par des virgules', 'proximité, audace\r');
      await s.answer('Courriel de l’équipe des communications', 'pas-un-courriel\r');
      await s.answer(
        '> une adresse courriel est attendue, comme nom@exemple.org',
        `${BACKSPACE.repeat('pas-un-courriel'.length)}com@levis.example${ENTER}`,
      );
      await s.answer('Courriel pour signaler un incident', ENTER);
      await s.answer('Téléphone pour obtenir de l’aide', '418 555-0199\r');
      await s.answer('Quels jours l’équipe répond-elle ?', ENTER);
      await s.answer('Heure d’ouverture (HH:MM) (08:30)', '9:00\r');
      await s.answer('Heure de fermeture (HH:MM) (16:30)', ENTER);
      await s.answer('À quelle fréquence la charte sera-t-elle révisée ?', DOWN + ENTER);
      await s.answer('Dossier où écrire la charte (charte)', ENTER);
      // The folder holds a file: replacing is asked, No by default; No asks for another folder.
      await s.answer('Le dossier charte n’est pas vide.', '');
      await s.answer('(o/N)', ENTER);
      await s.answer('Dossier où écrire la charte (charte)', 'ma-charte\r');
      await s.waitFor('Charte écrite dans ma-charte (12 fichiers) :');
      await s.waitFor('charte lint ma-charte');
      expect(await s.close()).toBe(0);
    } finally {
      await s.close();
    }
    expect(await listFiles(join(cwd, 'charte'))).toEqual(['notes.txt']);
    const answers: CharterAnswers = {
      ...templates.defaultAnswers(['fr', 'en'], DATE),
      names: { fr: 'Ville de Lévis', en: 'City of Lévis' },
      kind: 'city',
      platforms: ['facebook', 'youtube'],
      customValues: ['proximité', 'audace'],
      contacts: { communications: 'com@levis.example', phone: '418 555-0199' },
      hours: { days: 'mon-fri', open: '09:00', close: '16:30' },
      reviewEveryMonths: 24,
    };
    await expectCharter(join(cwd, 'ma-charte'), answers);
    const index = await readFile(join(cwd, 'ma-charte/fr/index.md'), 'utf8');
    expect(index).toContain('author: Ville de Lévis');
    expect(await readFile(join(cwd, 'ma-charte/fr/01-introduction.md'), 'utf8')).toContain(
      'notre municipalité',
    );
  }, 60_000);

  it('runs it in English: one language, a school, every platform, own hours, overwrite confirmed', async () => {
    const cwd = await workdir();
    await mkdir(join(cwd, 'charter'));
    await writeFile(join(cwd, 'charter/notes.txt'), 'my notes');
    const s = new Session(['--date', DATE], cwd, 'en_US.UTF-8');
    try {
      // English is the default language in an English UI.
      await s.answer('In which language(s) will the charter be written?', ENTER);
      await s.answer('Name of the organization', 'Northwind School\r');
      await s.answer('What kind of organization is it?', DOWN + ENTER);
      await s.answer('On which platforms is the organization present?', 'a');
      // Seven lines a page: the last ones, all checked, show the shortcut worked.
      await s.waitFor('◉ X ◉ Bluesky');
      await s.answer('navigate • space select • a all • i invert • ⏎ submit', ENTER);
      await s.answer('Whom does the charter address?', ENTER);
      await s.answer('Which values should the charter carry?', ENTER);
      await s.answer('Values of your own', ENTER);
      await s.answer('E-mail address of the communications team', 'hello@northwind.example\r');
      await s.answer('E-mail address to report an incident', 'safety@northwind.example\r');
      await s.answer('Phone number for help', ENTER);
      await s.answer('On which days does the team answer?', DOWN + ENTER);
      await s.answer('Opening time (HH:MM) (08:30)', '07:45\r');
      await s.answer('Closing time (HH:MM) (16:30)', '07:00\r');
      await s.answer(
        '> the closing time must come after the opening time (07:45)',
        `${BACKSPACE.repeat(5)}18:15${ENTER}`,
      );
      await s.answer('How often will the charter be reviewed?', ENTER);
      await s.answer('Folder to write the charter into (charter)', ENTER);
      await s.answer('Replace the charter’s files in it (other files stay)? (y/N)', `y${ENTER}`);
      await s.waitFor('Charter written in charter (6 files):');
      await s.waitFor('charte render charter --out charter-site');
      expect(await s.close()).toBe(0);
    } finally {
      await s.close();
    }
    const answers: CharterAnswers = {
      ...templates.defaultAnswers(['en'], DATE),
      names: { en: 'Northwind School' },
      kind: 'school',
      platforms: ['facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'x', 'bluesky', 'threads'],
      contacts: { communications: 'hello@northwind.example', incidents: 'safety@northwind.example' },
      hours: { days: 'mon-sat', open: '07:45', close: '18:15' },
    };
    await expectCharter(join(cwd, 'charter'), answers, ['notes.txt']);
    expect(await readFile(join(cwd, 'charter/notes.txt'), 'utf8')).toBe('my notes');
  }, 60_000);

  it('cancels cleanly on Ctrl+C: one line, exit code 2, nothing written', async () => {
    const cwd = await workdir();
    const s = new Session(['--lang', 'fr', '--date', DATE], cwd, 'fr_CA.UTF-8');
    try {
      await s.answer('Nom de l’organisation', 'Ville de Lévis\r');
      await s.answer('De quel type d’organisation s’agit-il ?', CTRL_C);
      await s.waitFor('charte : annulé, rien n’a été écrit');
      expect(await s.close()).toBe(2);
    } finally {
      await s.close();
    }
    expect(s.screen).not.toMatch(/ExitPromptError|\bat .*\.js:\d+/);
    expect(await readdir(cwd)).toEqual([]);
  }, 60_000);
});
