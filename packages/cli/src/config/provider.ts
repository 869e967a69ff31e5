import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Point } from '@charte/analyzer';
import { describeProblem } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { readTextFile } from '../input/read.js';
import { ConfigFinder } from './discover.js';
import { type JsonSource, parseJsonSource } from './json-source.js';
import { type ConfigProblem, configProblemLine, jsonErrorLine } from './problems.js';
import { type ConfigInput, type ConfigResolution, FRONT_MATTER_KEY, type ResolveConfig } from './resolve.js';

/** Where configuration comes from: the nearest file (default), one forced file, or none. */
export type ConfigMode = { kind: 'discover' } | { kind: 'none' } | { kind: 'file'; path: string };

/**
 * The mode the command line asks for: `--config FILE` (a path), `--no-config` (false), or neither.
 *
 * @example
 * configMode('ci/charte.config.json') // → { kind: 'file', path: 'ci/charte.config.json' }
 * configMode(undefined) // → { kind: 'discover' }
 */
export function configMode(choice: string | false | undefined): ConfigMode {
  if (choice === false) return { kind: 'none' };
  return choice ? { kind: 'file', path: choice } : { kind: 'discover' };
}

/** The configuration of one document, before its front matter is read. */
export interface DocumentConfig {
  /** The configuration file used (absolute), or null. */
  file: string | null;
  /** What `resolveConfig` was given, kept to add the front matter. */
  input: ConfigInput;
  /** What it gave back. */
  resolved: ConfigResolution;
}

/** A configuration file is a few hundred bytes; anything this big is a mistake. */
const MAX_CONFIG_SIZE = 1024 * 1024;

type LoadedFile = { ok: true; json: JsonSource } | { ok: false };

/**
 * Gives each document its configuration: finds the nearest `charte.config.json` (or the forced one),
 * reads and parses each file once, calls `resolveConfig`, and reports every problem once, as one
 * line naming the file, the line and column, and the JSON path. `failed` turns true on an unusable
 * file or an error-severity problem: the run then ends with exit code 2.
 *
 * @example
 * const configs = new ConfigProvider({ t, cwd, say: console.error }, { kind: 'discover' }, resolveConfig);
 * const base = await configs.forDocument('/repo/docs/charte.md'); // null if its config file is unusable
 */
export class ConfigProvider {
  failed = false;
  private readonly files = new Map<string, Promise<LoadedFile>>();
  private readonly said = new Set<string>();

  constructor(
    private readonly env: { t: Translator; cwd: string; say: (line: string) => void },
    private readonly mode: ConfigMode,
    private readonly resolveConfig: ResolveConfig,
    private readonly finder = new ConfigFinder(),
  ) {}

  /**
   * The configuration of the document at `absolutePath` (null for standard input, which is
   * configured from the working folder), or null when its configuration file cannot be used.
   */
  async forDocument(absolutePath: string | null): Promise<DocumentConfig | null> {
    const configPath = await this.configPathFor(absolutePath);
    // Overrides name documents relative to the configuration's folder (else the working folder).
    const base = configPath === null ? this.env.cwd : dirname(configPath);
    const filePath = absolutePath === null ? undefined : toPosix(relative(base, absolutePath));
    if (configPath === null) return this.resolveBase(null, { filePath });
    const loaded = await this.load(configPath);
    if (!loaded.ok) return null;
    return this.resolveBase(configPath, { file: loaded.json.value, filePath }, loaded.json);
  }

  /**
   * Reports the problems that come from a document's front matter `charte:` settings, against the
   * document, at the line of that key.
   */
  reportFrontMatter(problems: readonly ConfigProblem[], documentPath: string, at: Point): void {
    for (const problem of problems) {
      this.report(problem, configProblemLine(this.env.t, documentPath, at, problem, FRONT_MATTER_KEY));
    }
  }

  private async configPathFor(absolutePath: string | null): Promise<string | null> {
    if (this.mode.kind === 'none') return null;
    if (this.mode.kind === 'file') return resolve(this.env.cwd, this.mode.path);
    return this.finder.find(absolutePath === null ? this.env.cwd : dirname(absolutePath));
  }

  private resolveBase(configPath: string | null, input: ConfigInput, json?: JsonSource): DocumentConfig {
    const resolved = this.resolveConfig(input);
    const file = configPath === null ? this.env.t.t('config.defaults') : this.display(configPath);
    // In the order of the file, as people read it.
    const placed = resolved.problems
      .map((problem) => ({
        problem,
        at: json?.locate(problem.segments) ?? { offset: 0, line: 1, column: 1 },
      }))
      .sort((a, b) => a.at.offset - b.at.offset);
    for (const { problem, at } of placed)
      this.report(problem, configProblemLine(this.env.t, file, at, problem));
    return { file: configPath, input, resolved };
  }

  private load(configPath: string): Promise<LoadedFile> {
    let loaded = this.files.get(configPath);
    if (loaded === undefined) {
      loaded = this.read(configPath);
      this.files.set(configPath, loaded);
    }
    return loaded;
  }

  private async read(configPath: string): Promise<LoadedFile> {
    const shown = this.display(configPath);
    const read = await readTextFile(shown, configPath, MAX_CONFIG_SIZE);
    // An empty file is not JSON either: the parser says so, with a place.
    if (!read.ok && read.problem.code !== 'empty') {
      this.fail(
        this.env.t.t('config.unreadable', {
          path: shown,
          problem: describeProblem(this.env.t, read.problem),
        }),
      );
      return { ok: false };
    }
    const parsed = parseJsonSource(read.ok ? read.text : '');
    if (!parsed.ok) {
      this.fail(jsonErrorLine(this.env.t, shown, parsed.error));
      return { ok: false };
    }
    return { ok: true, json: parsed.json };
  }

  private report(problem: ConfigProblem, line: string): void {
    if (problem.severity === 'error') this.failed = true;
    if (this.said.has(line)) return;
    this.said.add(line);
    this.env.say(line);
  }

  private fail(line: string): void {
    this.failed = true;
    this.env.say(line);
  }

  /** Relative to the working folder when inside it, else absolute. */
  private display(absolutePath: string): string {
    const rel = relative(this.env.cwd, absolutePath);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolutePath;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
