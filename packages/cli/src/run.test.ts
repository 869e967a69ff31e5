import { describe, expect, it } from 'vitest';
import { EXIT_FAILURE, EXIT_OK } from './exit-codes.js';
import { langUiFlag, run, runCaptured } from './run.js';

const en = { LANG: 'en_US.UTF-8' };
const fr = { LANG: 'fr_CA.UTF-8' };

describe('help and version', () => {
  it('prints English help on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await runCaptured(['--help'], { env: en });
    expect(code).toBe(EXIT_OK);
    expect(stderr).toBe('');
    expect(stdout).toContain('Usage: charte [options] [command]');
    expect(stdout).toContain('Commands:');
    expect(stdout).toContain('classify');
    expect(stdout).toContain('Examples:');
  });

  it('prints French help when the locale is French, titles and commander’s own lines included', async () => {
    const { code, stdout } = await runCaptured(['lint', '--help'], { env: fr });
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain('Utilisation : charte lint [options] [fichiers...]');
    expect(stdout).toContain('Options :');
    expect(stdout).toContain('Options globales :');
    expect(stdout).toContain('afficher l’aide de la commande');
    expect(stdout).toContain('Exemples :');
    expect(stdout).not.toMatch(/Usage:|display help|Options:/);
  });

  it('lets --lang-ui override the locale, before or after the command', async () => {
    expect((await runCaptured(['--lang-ui', 'en', 'classify', '--help'], { env: fr })).stdout).toContain(
      'Usage: charte classify',
    );
    expect((await runCaptured(['classify', '--help', '--lang-ui=fr'], { env: en })).stdout).toContain(
      'Utilisation : charte classify',
    );
    expect((await runCaptured(['help', 'lint', '--lang-ui', 'fr'], { env: en })).stdout).toContain(
      'Utilisation : charte lint',
    );
  });

  it('prints the version', async () => {
    const { code, stdout } = await runCaptured(['--version']);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('shows help on stderr and exits 2 when no command is given', async () => {
    const { code, stdout, stderr } = await runCaptured([], { env: en });
    expect(code).toBe(EXIT_FAILURE);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: charte');
  });
});

describe('usage errors', () => {
  const cases: Array<[string[], string, string]> = [
    [['lint', '--bogus', 'a.md'], "charte: unknown option '--bogus'", 'charte : option inconnue « --bogus »'],
    [['lint', '--fromat', 'json', 'a.md'], '(Did you mean --format?)', '(Vouliez-vous dire --format ?)'],
    [['lnit'], "charte: unknown command 'lnit' (Did you mean lint?)", 'charte : commande inconnue « lnit »'],
    [
      ['classify', '--format', 'yaml'],
      "charte: invalid value 'yaml' for --format: expected one of jsonl, text",
      'charte : valeur « yaml » invalide pour --format : valeurs possibles jsonl, text',
    ],
    [['lint', '--format', 'xml', 'a.md'], 'expected one of stylish, json', 'valeurs possibles stylish, json'],
    [['classify', '--lang', 'de'], "invalid value 'de' for --lang", 'valeur « de » invalide pour --lang'],
    [
      ['lint', '--max-size', 'huge', 'a.md'],
      "invalid size 'huge' for --max-size",
      'taille « huge » invalide',
    ],
    [['classify', '--format'], "option '--format <format>' needs a value", 'attend une valeur'],
    [
      ['classify', 'a.txt', 'b.txt'],
      'too many arguments: charte classify takes at most 1',
      'trop d’arguments',
    ],
    [['lint'], 'no files given', 'aucun fichier'],
    [
      ['--lang-ui', 'de', 'lint', 'a.md'],
      "invalid value 'de' for --lang-ui",
      'valeur « de » invalide pour --lang-ui',
    ],
  ];

  it.each(cases)('%j → exit 2 with a one-line localized error and a hint', async (argv, english, french) => {
    const inEnglish = await runCaptured(argv, { env: en });
    expect(inEnglish.code).toBe(EXIT_FAILURE);
    expect(inEnglish.stdout).toBe('');
    expect(inEnglish.stderr).toContain(english);
    expect(inEnglish.stderr).toMatch(/Run 'charte( \w+)? --help' for usage\.\n$/);
    expect(inEnglish.stderr.split('\n')).toHaveLength(3);
    const inFrench = await runCaptured(argv, { env: fr });
    expect(inFrench.code).toBe(EXIT_FAILURE);
    expect(inFrench.stderr).toContain(french);
    expect(inFrench.stderr).toMatch(/Lancez « charte( \w+)? --help » pour l’aide\.\n$/);
  });

  it('points the hint at the subcommand that failed', async () => {
    expect((await runCaptured(['lint', '--bogus'], { env: en })).stderr).toContain(
      "Run 'charte lint --help'",
    );
    expect((await runCaptured(['--bogus'], { env: en })).stderr).toContain("Run 'charte --help'");
  });

  it('asks for input when classify has no file and stdin is a terminal', async () => {
    const { code, stderr } = await runCaptured(['classify'], { env: en });
    expect(code).toBe(EXIT_FAILURE);
    expect(stderr).toContain('no input: give a file, or pipe text into standard input');
  });
});

describe('internal errors', () => {
  const failingIo = (env: Record<string, string>) => {
    let err = '';
    return {
      io: {
        stdout: {
          write: () => {
            throw new Error('disk on fire');
          },
        },
        stderr: { write: (chunk: string) => (err += chunk) },
        stdin: {
          isTTY: false,
          chunks: async function* () {
            yield 'Do not lie.\n';
          },
        },
        env,
        cwd: process.cwd(),
      },
      err: () => err,
    };
  };

  it('end as one line without a stack trace, exit 2', async () => {
    const { io, err } = failingIo({ LANG: 'en' });
    expect(await run(['classify', '--lang', 'en'], io)).toBe(EXIT_FAILURE);
    expect(err()).toBe(
      'charte: internal error: disk on fire (please report it; set CHARTE_DEBUG=1 for details)\n',
    );
  });

  it('show the stack with CHARTE_DEBUG=1, in French too', async () => {
    const { io, err } = failingIo({ LANG: 'fr', CHARTE_DEBUG: '1' });
    expect(await run(['classify', '--lang', 'en'], io)).toBe(EXIT_FAILURE);
    expect(err()).toContain('charte : erreur interne : disk on fire');
    expect(err()).toMatch(/\n\s+at /);
  });
});

describe('langUiFlag', () => {
  it('finds --lang-ui in both spellings, not after --', () => {
    expect(langUiFlag(['lint', '--lang-ui', 'fr'])).toBe('fr');
    expect(langUiFlag(['--lang-ui=en', 'lint'])).toBe('en');
    expect(langUiFlag(['lint', '--', '--lang-ui', 'fr'])).toBeUndefined();
  });
});
