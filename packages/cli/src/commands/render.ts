import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { analyzeCharter, type Lang } from '@charte/analyzer';
import { renderSite, siteLayout } from '@charte/site';
import { ConfigProvider, configMode } from '../config/provider.js';
import { type Context, warn } from '../context.js';
import { displayPath } from '../display-path.js';
import { problemLine } from '../errors.js';
import { EXIT_FAILURE, EXIT_OK, type ExitCode } from '../exit-codes.js';
import { createTranslator } from '../i18n/index.js';
import { IgnoreRules } from '../input/ignore.js';
import { findCover } from '../render/covers.js';
import { readCharter } from '../render/read-charter.js';
import { prepareOutput, SITE_MANIFEST, writeSite } from '../render/write-site.js';
import { formatHtml } from '../reporters/html/index.js';
import { resolveConfig } from '../review/api.js';
import { packageVersion } from '../version.js';
import { summarize, toFileResult } from './lint-model.js';

export interface RenderCommandOptions {
  /** A charter folder or a single file. */
  input: string;
  out: string;
  pdf: boolean;
  force: boolean;
  lang: Lang | 'auto';
  maxSize: number;
  config?: string | false;
}

/**
 * `charte render INPUT --out SITE [--pdf]`: a charter (folder or file) becomes a static website: an
 * index with the table of contents, a page per part with the series navigation, dates, cover, print
 * styles, and each language's tone report; `--pdf` also prints each language to PDF through a
 * headless Chromium. Problems in the charter (malformed front matter, a missing cover) are said and
 * the site is still written. Exit code 0 when the site (and PDF) is written, 2 when it cannot be.
 */
export async function renderCommand(ctx: Context, options: RenderCommandOptions): Promise<ExitCode> {
  const { io, t } = ctx;
  const say = (line: string) => warn(ctx, line);
  const ignore = new IgnoreRules(io.cwd);
  const disk = await readCharter(ctx, options.input, ignore, options.maxSize);
  for (const problem of disk.problems) say(problemLine(t, problem));
  if (disk.files.length === 0) {
    say(t.t('render.nothing', { input: displayPath(t, options.input) }));
    return EXIT_FAILURE;
  }

  const out = resolve(io.cwd, options.out);
  const prepared = await prepareOutput(out, disk.files.length > 1 ? disk.root : null, options.force);
  if (!prepared.ok) {
    say(t.t(`render.out.${prepared.reason}`, { out: options.out }));
    return EXIT_FAILURE;
  }

  const configs = new ConfigProvider({ t, cwd: io.cwd, say }, configMode(options.config), resolveConfig);
  const base = await configs.forDocument(join(disk.root, disk.files[0].path));
  if (base === null) return EXIT_FAILURE;
  const lang = options.lang === 'auto' ? undefined : options.lang;
  const analysis = analyzeCharter(disk.files, {
    config: resolveConfig(base.input).config,
    ...(lang ? { lang } : {}),
  });
  const shown = (path: string) => displayPath(t, relative(io.cwd, join(disk.root, path)) || path);
  for (const d of analysis.charter.diagnostics) {
    say(
      t.t('input.diagnostic', {
        path: shown(d.path),
        line: d.start.line,
        column: d.start.column,
        message: d.message,
      }),
    );
  }

  const { charter } = analysis;
  const layout = siteLayout(charter);
  const toneReports: Partial<Record<Lang, string>> = {};
  const files: { path: string; content: string }[] = [];
  const version = packageVersion();
  analysis.editions.forEach((edition, i) => {
    const path = layout.editions[i].toneReport;
    toneReports[edition.lang] = path;
    const editionT = createTranslator(edition.lang);
    const result = toFileResult(charter.editions[i].title, edition.report, { view: true });
    result.diagnostics = edition.report.diagnostics;
    files.push({ path, content: formatHtml([result], summarize([result], []), { t: editionT, version }) });
  });

  const images = new Set(disk.images.keys());
  const copies = new Map<string, string>();
  const covers = new Map<string, string | null>();
  // Pages ask once each (index, part, print page): the file is copied and a missing one said once.
  const coverFor = (ownerPath: string, cover: string): string | null => {
    const key = `${ownerPath}\u0000${cover}`;
    if (covers.has(key)) return covers.get(key) ?? null;
    const found = findCover(ownerPath, cover, images);
    // Images keep their place in the charter: their extensions never meet a page's name.
    const sitePath = found;
    covers.set(key, sitePath);
    if (found === null) say(t.t('render.coverMissing', { cover, path: shown(ownerPath) }));
    else copies.set(found, disk.images.get(found)!);
    return sitePath;
  };
  // The browser is looked for first, so pages link a PDF only when one is being printed. The printer
  // lives with the server (which prints the PDF of a published charter too): loaded only for --pdf.
  const printer = options.pdf ? await import('@charte/server') : null;
  const browser = printer ? await printer.findBrowser(io.env) : null;
  const pdfs: Partial<Record<Lang, string>> = {};
  if (browser !== null) {
    charter.editions.forEach((edition, i) => {
      pdfs[edition.lang] = layout.editions[i].pdf;
    });
  }
  const site = (linked: Partial<Record<Lang, string>>) => [
    ...files,
    ...renderSite(charter, { toneReports, pdfs: linked, coverFor, generator: `Charte ${version}` }),
  ];

  let written: string[];
  const write = async (linked: Partial<Record<Lang, string>>, previous: readonly string[]) => {
    try {
      written = await writeSite(out, { files: site(linked), copies }, previous);
      return true;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      say(t.t('render.writeError', { out: options.out, reason }));
      return false;
    }
  };
  if (!(await write(pdfs, prepared.previous))) return EXIT_FAILURE;
  const pages = written!.filter((p) => p.endsWith('.html')).length;
  const index = join(options.out, 'index.html');
  io.stdout.write(`${t.t('render.done', { out: displayPath(t, options.out), pages, index })}\n`);
  if (!options.pdf) return EXIT_OK;

  if (browser === null || printer === null) {
    const key = io.env.CHARTE_CHROMIUM ? 'render.pdf.badBrowser' : 'render.pdf.noBrowser';
    say(t.t(key, { path: io.env.CHARTE_CHROMIUM ?? '' }));
    return EXIT_FAILURE;
  }
  const printed: Partial<Record<Lang, string>> = {};
  const profile = await mkdtemp(join(tmpdir(), 'charte-pdf-'));
  try {
    for (const [i, edition] of charter.editions.entries()) {
      const pdf = pdfs[edition.lang]!;
      try {
        await printer.printPdf(browser, join(out, layout.editions[i].print), join(out, pdf), { profile });
        io.stdout.write(`${t.t('render.pdf.done', { pdf: join(options.out, pdf) })}\n`);
        printed[edition.lang] = pdf;
      } catch (error) {
        say(t.t('render.pdf.failed', { pdf: join(options.out, pdf), reason: (error as Error).message }));
      }
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const ok = Object.keys(printed).length === charter.editions.length;
  // Pages link only the PDFs that exist; the manifest lists them so the next render may replace them.
  const before = written!;
  if (!(await write(printed, before))) return EXIT_FAILURE;
  await writeFile(
    join(out, SITE_MANIFEST),
    `${JSON.stringify({ generator: 'charte', files: [...written!, ...Object.values(printed)].sort() }, null, 2)}\n`,
  );
  return ok ? EXIT_OK : EXIT_FAILURE;
}
