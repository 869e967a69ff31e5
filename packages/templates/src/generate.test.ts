import {
  analyzeCharter,
  type CharterFile,
  CLAUSES,
  type Lang,
  loadCharter,
  PART_KEYS,
  parseDocument,
  type Report,
} from '@charte/analyzer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { timeSpan } from './format.js';
import {
  AUDIENCES,
  type CharterAnswers,
  charterAnswersSchema,
  defaultAnswers,
  generateCharter,
  ORGANIZATION_KINDS,
  PLATFORM_LABELS,
  PLATFORMS,
  VALUES,
  WEEKDAY_SPANS,
} from './index.js';

const TODAY = '2026-09-01';

/** Varied answer sets: each edition of each must satisfy the analyzer. */
const SETS: Record<string, CharterAnswers> = {
  defaults: defaultAnswers(['fr', 'en'], TODAY),
  'city, English only': {
    names: { en: 'City of Lakeview' },
    kind: 'city',
    langs: ['en'],
    platforms: ['facebook', 'x', 'linkedin'],
    audiences: ['staff', 'public'],
    values: ['transparency', 'openness'],
    customValues: [],
    contacts: { communications: 'comms@lakeview.example.ca', incidents: 'security@lakeview.example.ca' },
    hours: { days: 'mon-fri', open: '09:00', close: '17:00' },
    date: '2027-01-15',
    reviewEveryMonths: 24,
  },
  'company, both languages': {
    names: { fr: 'Boulangerie Martin inc.', en: 'Martin Bakery Inc.' },
    kind: 'company',
    langs: ['fr', 'en'],
    platforms: ['linkedin', 'instagram', 'tiktok'],
    audiences: ['staff', 'public'],
    values: ['creativity', 'excellence', 'collaboration'],
    customValues: ['Le goût du travail bien fait'],
    contacts: { communications: 'marketing@martin.example.com', phone: '+1 418 555-0123' },
    hours: { days: 'every-day', open: '07:00', close: '19:00' },
    date: '2026-03-31',
    reviewEveryMonths: 18,
  },
  'school, staff and students, one platform': {
    names: { fr: 'École primaire Saint-Laurent' },
    kind: 'school',
    langs: ['fr'],
    platforms: ['instagram'],
    audiences: ['staff', 'students'],
    values: ['safety'],
    customValues: [],
    contacts: { communications: 'direction@stlaurent.example.qc.ca' },
    hours: { days: 'mon-fri', open: '08:00', close: '15:30' },
    date: '2026-08-20',
    reviewEveryMonths: 12,
  },
  'odd characters': {
    names: { fr: 'L\'Îlot : école " test', en: 'L\'Îlot: "test" school #1 & *co*' },
    kind: 'school',
    langs: ['fr', 'en'],
    platforms: ['facebook', 'bluesky'],
    audiences: ['staff', 'students', 'parents'],
    values: [],
    customValues: ['L\'Îlot : école " test', 'Entraide & *partage*', '[Curiosité] <sans> _fin_'],
    contacts: {
      communications: 'info_ilot@example.org',
      incidents: 'alerte@example.org',
      phone: '819 555-0100',
    },
    hours: { days: 'mon-fri', open: '08:15', close: '16:00' },
    date: '2026-09-02',
    reviewEveryMonths: 12,
  },
  'no phone, other hours and review period': {
    names: { fr: 'Centre de services scolaire du Fjord', en: 'Fjord School Service Centre' },
    kind: 'school-service-centre',
    langs: ['en', 'fr'],
    platforms: [...PLATFORMS],
    audiences: ['parents', 'public'],
    values: [...VALUES],
    customValues: ['Fierté régionale', 'Persévérance'],
    contacts: { communications: 'communications@fjord.example.qc.ca' },
    hours: { days: 'mon-sat', open: '10:00', close: '14:00' },
    date: '2026-12-01',
    reviewEveryMonths: 6,
  },
};

interface SplitFile {
  meta: Record<string, unknown>;
  body: string;
}

/** Front matter (parsed with the `yaml` package) and body of a generated file. */
function splitFile(source: string): SplitFile {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`no front matter in:\n${source.slice(0, 200)}`);
  return { meta: parseYaml(match[1]) as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** One edition's files: under `fr/` or `en/` when the charter is bilingual, at the root otherwise. */
function editionFiles(files: CharterFile[], answers: CharterAnswers, lang: Lang): CharterFile[] {
  if (answers.langs.length === 1) return files;
  return files.filter((f) => f.path.startsWith(`${lang}/`));
}

/** The charter review `charte lint` runs on a charter folder: the edition of `lang`, as one document. */
function charterReport(files: CharterFile[], lang: Lang): Report {
  const analysis = analyzeCharter(files);
  const edition = analysis.editions.find((e) => e.lang === lang);
  if (!edition) throw new Error(`no ${lang} edition`);
  expect(analysis.charter.diagnostics).toEqual([]);
  return edition.report;
}

const reports = new Map<string, Report>();

function reportOf(set: string, lang: Lang): Report {
  const key = `${set}/${lang}`;
  let report = reports.get(key);
  if (!report) {
    const answers = SETS[set];
    report = charterReport(editionFiles(generateCharter(answers), answers, lang), lang);
    reports.set(key, report);
  }
  return report;
}

const CASES = Object.entries(SETS).flatMap(([set, answers]) => answers.langs.map((lang) => ({ set, lang })));

/** Plain text of a report, as a reader sees it (escapes decoded, markup removed). */
function plainText(report: Report): string {
  return report.sentences.map((s) => s.text).join('\n');
}

describe('the answer sets', () => {
  it.each(Object.keys(SETS))('%s is valid for the questionnaire schema', (set) => {
    expect(charterAnswersSchema.safeParse(SETS[set]).success).toBe(true);
  });
});

describe.each(CASES)('$set ($lang): what the analyzer finds', ({ set, lang }) => {
  it('raises no error and no warning', () => {
    const findings = reportOf(set, lang)
      .diagnostics.filter((d) => d.severity !== 'info')
      .map((d) => `${d.severity} ${d.ruleId} line ${d.start.line}: ${d.message}`);
    expect(findings).toEqual([]);
  });

  it('covers every key clause', () => {
    const coverage = reportOf(set, lang).review.coverage;
    expect(coverage.map((c) => c.clause)).toEqual([...CLAUSES]);
    expect(coverage.filter((c) => !c.present).map((c) => c.clause)).toEqual([]);
  });

  it('is balanced toward the enabling voice and scores high', () => {
    const report = reportOf(set, lang);
    expect(report.balance.score).toBeGreaterThanOrEqual(70);
    expect(report.review.scores.overall).toBeGreaterThanOrEqual(90);
    // Rules are there too: the charter frames as well as it encourages.
    expect(report.balance.restrictive).toBeGreaterThan(0);
  });

  it('serves the four pillars and gives room to error and initiatives', () => {
    const parts = Object.fromEntries(reportOf(set, lang).review.scores.parts.map((p) => [p.id, p.score]));
    expect(parts.structure).toBe(100);
    expect(parts['human-error']).toBe(100);
    expect(parts.initiatives).toBe(100);
    expect(parts['positive-approach']).toBe(100);
  });

  it('shows the organization’s name exactly as typed', () => {
    const answers = SETS[set];
    const name = answers.names[lang] ?? '';
    const files = editionFiles(generateCharter(answers), answers, lang);
    for (const file of files) expect(splitFile(file.source).meta.author).toBe(name);
    expect(splitFile(files[0].source).meta.title).toContain(name);
    expect(plainText(reportOf(set, lang))).toContain(name);
  });

  it('writes the contacts, hours, platforms and values into the text', () => {
    const answers = SETS[set];
    const text = plainText(reportOf(set, lang));
    expect(text).toContain(answers.contacts.communications);
    expect(text).toContain(answers.contacts.incidents ?? answers.contacts.communications);
    if (answers.contacts.phone) expect(text).toContain(answers.contacts.phone);
    for (const value of answers.customValues) expect(text).toContain(value);
    expect(text).toContain(timeSpan(answers.hours.open, answers.hours.close, lang));
    for (const platform of answers.platforms) expect(text).toContain(PLATFORM_LABELS[platform]);
  });
});

describe('generateCharter: files and front matter', () => {
  it('writes one folder per language, the same five parts in the same order', () => {
    const files = generateCharter(SETS.defaults);
    expect(files.map((f) => f.path)).toEqual([
      'fr/index.md',
      'fr/01-introduction.md',
      'fr/02-encadrer.md',
      'fr/03-communiquer.md',
      'fr/04-eduquer.md',
      'fr/05-valoriser.md',
      'en/index.md',
      'en/01-introduction.md',
      'en/02-framework.md',
      'en/03-communication.md',
      'en/04-education.md',
      'en/05-recognition.md',
    ]);
    const partsOf = (lang: Lang) =>
      files
        .filter((f) => f.path.startsWith(`${lang}/0`))
        .map((f) => splitFile(f.source).meta)
        .map((m) => ({ part: m.part, order: m.order, lang: m.lang }));
    expect(partsOf('fr').map(({ part, order }) => ({ part, order }))).toEqual(
      PART_KEYS.map((part, i) => ({ part, order: i + 1 })),
    );
    expect(partsOf('en').map(({ part, order }) => ({ part, order }))).toEqual(
      partsOf('fr').map(({ part, order }) => ({ part, order })),
    );
    expect(new Set(partsOf('fr').map((p) => p.lang))).toEqual(new Set(['fr']));
    expect(new Set(partsOf('en').map((p) => p.lang))).toEqual(new Set(['en']));
  });

  it('writes a one-language charter at the root', () => {
    expect(generateCharter(SETS['city, English only']).map((f) => f.path)).toEqual([
      'index.md',
      '01-introduction.md',
      '02-framework.md',
      '03-communication.md',
      '04-education.md',
      '05-recognition.md',
    ]);
    expect(generateCharter(defaultAnswers(['fr'], TODAY)).map((f) => f.path)[2]).toBe('02-encadrer.md');
  });

  it('puts the seed’s front matter on every file, part and order on parts only', () => {
    for (const answers of Object.values(SETS)) {
      for (const file of generateCharter(answers)) {
        const { meta } = splitFile(file.source);
        expect(typeof meta.title).toBe('string');
        expect(meta.date).toBe(answers.date);
        expect(Array.isArray(meta.categories)).toBe(true);
        expect(answers.langs).toContain(meta.lang);
        if (file.path.endsWith('index.md')) {
          expect(meta).not.toHaveProperty('part');
          expect(meta).not.toHaveProperty('order');
        } else {
          expect(PART_KEYS).toContain(meta.part);
          expect(meta.order).toBe(PART_KEYS.indexOf(meta.part as (typeof PART_KEYS)[number]) + 1);
        }
      }
    }
  });

  it('parses every file, front matter included, without a diagnostic', () => {
    for (const answers of Object.values(SETS)) {
      for (const file of generateCharter(answers)) {
        const document = parseDocument(file.source, { path: file.path });
        expect(document.diagnostics, file.path).toEqual([]);
        expect(document.frontMatter?.data.title).toBe(splitFile(file.source).meta.title);
        expect(document.lang).toBe(document.frontMatter?.data.lang);
      }
    }
  });

  it('loads as a charter, each edition with its five parts', () => {
    const charter = loadCharter(generateCharter(SETS['odd characters']));
    expect(charter.diagnostics).toEqual([]);
    expect(charter.editions.map((e) => e.lang)).toEqual(['fr', 'en']);
    for (const edition of charter.editions) expect(edition.parts.map((p) => p.key)).toEqual([...PART_KEYS]);
  });

  it('round-trips names with YAML-special characters through the front matter', () => {
    const names = [
      'L\'Îlot : école " test',
      'Ville: "Nord" #2',
      '- dash',
      '[x] & {y} | z',
      'Yes',
      '2026-09-01',
      '@home',
    ];
    for (const name of names) {
      const answers: CharterAnswers = { ...SETS.defaults, langs: ['fr'], names: { fr: name } };
      for (const file of generateCharter(answers)) {
        const { meta } = splitFile(file.source);
        expect(meta.author).toBe(name);
        if (file.path === 'index.md')
          expect(meta.title).toBe(`Charte d’utilisation des médias sociaux — ${name}`);
      }
    }
  });

  it('does not repeat the part title as a heading in the body', () => {
    for (const file of generateCharter(SETS.defaults)) {
      const { body } = splitFile(file.source);
      expect(body).not.toMatch(/^# /m);
      expect(body.match(/^#+ /gm)?.every((h) => h === '## ')).toBe(true);
    }
  });

  it('is deterministic', () => {
    for (const answers of Object.values(SETS)) {
      expect(generateCharter(structuredClone(answers))).toEqual(generateCharter(answers));
    }
  });
});

describe('generateCharter: text shaped by the answers', () => {
  const text = (answers: CharterAnswers, lang: Lang) =>
    editionFiles(generateCharter(answers), answers, lang)
      .map((f) => f.source)
      .join('\n');

  it('names the platforms, the hours and the review', () => {
    const fr = text(SETS.defaults, 'fr');
    expect(fr).toContain('Facebook, Instagram et YouTube');
    expect(fr).toContain('du lundi au vendredi, de 8 h 30 à 16 h 30');
    expect(fr).toContain('Prochaine révision : septembre 2027');
    const en = text(SETS.defaults, 'en');
    expect(en).toContain('Monday to Friday, 8:30 a.m. to 4:30 p.m.');
    expect(en).toContain('Date of next review: September 2027');
    expect(en).not.toContain('p.m..');
    const fjord = text(SETS['no phone, other hours and review period'], 'fr');
    expect(fjord).toContain('du lundi au samedi, de 10 h à 14 h');
    expect(fjord).toContain('tous les six mois');
    expect(fjord).toContain('Prochaine révision : juin 2027');
  });

  it('speaks to students and parents only when they are an audience', () => {
    const school = text(SETS['school, staff and students, one platform'], 'fr');
    expect(school).toContain('## Avec les élèves');
    expect(school).not.toContain('## Avec les parents');
    const city = text(SETS['city, English only'], 'en');
    expect(city).not.toContain('## With students');
    expect(city).not.toContain('## With parents');
    expect(city).toContain('residents');
    expect(city).toContain('ask a parent or guardian');
  });

  it('asks for parents’ consent for students’ images in schools', () => {
    expect(text(SETS['school, staff and students, one platform'], 'fr')).toContain(
      'ses parents y ont consenti',
    );
    expect(text(SETS['no phone, other hours and review period'], 'en')).toContain(
      'their parents have given written consent',
    );
    expect(text(SETS['company, both languages'], 'fr')).not.toContain('élève');
  });

  it('gives the phone number only when there is one, and the incidents address when it differs', () => {
    expect(text(SETS['odd characters'], 'fr')).toContain('819 555-0100');
    expect(text(SETS['no phone, other hours and review period'], 'en')).not.toContain(' or call ');
    expect(text(SETS['city, English only'], 'en')).toContain(
      'Report any incident without delay to [security@',
    );
  });

  it('lists many values, and writes a few in a sentence', () => {
    expect(text(SETS.defaults, 'fr')).toContain('s’appuie sur le respect, la bienveillance et l’engagement.');
    const many = text(SETS['no phone, other hours and review period'], 'en');
    expect(many).toContain('\n- Transparency\n');
    expect(many).toContain('\n- Fierté régionale\n');
  });
});

describe('generateCharter: any valid answers', () => {
  const pick = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
  const answers = fc
    .record({
      kind: fc.constantFrom(...ORGANIZATION_KINDS),
      langs: fc.constantFrom<Lang[]>(['fr'], ['en'], ['fr', 'en']),
      platforms: pick(PLATFORMS),
      audiences: pick(AUDIENCES),
      values: fc.subarray([...VALUES]),
      customValues: fc.subarray(['Audace', 'Fierté d’ici', 'R&D *ouverte*', 'L\'Îlot : " test'], {
        maxLength: 3,
      }),
      name: fc.constantFrom('Organisation Alpha', 'Ville de Saint-Nord', 'Acme: "Le test" #1', 'École 2.0'),
      phone: fc.option(fc.constant('514 555-0000'), { nil: undefined }),
      incidents: fc.option(fc.constant('incidents@example.org'), { nil: undefined }),
      days: fc.constantFrom(...WEEKDAY_SPANS),
      open: fc.constantFrom('07:00', '08:30', '09:15'),
      close: fc.constantFrom('12:00', '16:30', '21:45'),
      reviewEveryMonths: fc.integer({ min: 6, max: 60 }),
    })
    .map(
      (a): CharterAnswers => ({
        names: { fr: a.name, en: a.name },
        kind: a.kind,
        langs: a.langs,
        platforms: a.platforms,
        audiences: a.audiences,
        values: a.values.length + a.customValues.length > 0 ? a.values : ['respect'],
        customValues: a.customValues,
        contacts: {
          communications: 'communications@example.org',
          ...(a.incidents ? { incidents: a.incidents } : {}),
          ...(a.phone ? { phone: a.phone } : {}),
        },
        hours: { days: a.days, open: a.open, close: a.close },
        date: TODAY,
        reviewEveryMonths: a.reviewEveryMonths,
      }),
    );

  it('always gives a charter the analyzer finds sound', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(charterAnswersSchema.safeParse(a).success).toBe(true);
        const files = generateCharter(a);
        for (const lang of a.langs) {
          const report = charterReport(files, lang);
          const findings = report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId);
          expect(findings).toEqual([]);
          expect(report.review.coverage.every((c) => c.present)).toBe(true);
          expect(report.balance.score).toBeGreaterThanOrEqual(60);
        }
      }),
      { numRuns: 25 },
    );
  });
});
