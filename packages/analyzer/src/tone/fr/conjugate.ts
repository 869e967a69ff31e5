/**
 * Generates the folded inflected forms of a French verb (accents removed, as in `fold.ts`), tagged
 * with what they can be. Regular "-er" and "-ir" (finir) verbs are conjugated by rule; others come
 * from a compact table of stems. Only the forms a charter uses are produced: infinitive, present,
 * future, conditional, imperfect, subjunctive, imperative, participles.
 */

/** What a form can be; a form may carry several bits ("respecte": present, imperative, participle). */
export const INF = 1;
export const PRES = 2;
export const FUT = 4;
export const COND = 8;
/** Imperative (2nd person plural "-ez", 1st plural "-ons", 2nd singular). */
export const IMP = 16;
/** Past participle. */
export const PP = 32;
/** Present participle ("-ant"). */
export const PPR = 64;
export const IMPF = 128;
export const SUBJ = 256;
/** 1st person plural (nous) — with PRES, FUT, IMP. */
export const P1P = 512;
/** 2nd person plural (vous) — with PRES, FUT, IMP. */
export const P2P = 1024;

/** The finite tenses: a form with one of these can head a clause. */
export const FINITE = PRES | FUT | COND | IMPF | SUBJ;

export type Forms = Array<[form: string, mask: number]>;

/** Stems of an irregular verb: present 3sg, 3pl, 1pl, 2pl, future stem, past participle, present participle. */
export interface IrregularStems {
  p3s: string;
  p3p: string;
  p1p: string;
  p2p: string;
  fut: string;
  pp: string;
  ppr: string;
  /** Extra present forms (1sg/2sg) when they differ from 3sg. */
  p1s?: string;
  /** Subjunctive stem when it differs ("puiss", "doiv"). */
  subj?: string;
}

function participles(pp: string, out: Forms): void {
  out.push([pp, PP]);
  if (pp.endsWith('s')) {
    out.push([`${pp}e`, PP], [`${pp}es`, PP]);
  } else {
    out.push([`${pp}e`, PP], [`${pp}s`, PP], [`${pp}es`, PP]);
  }
}

function futureAndConditional(stem: string, out: Forms): void {
  out.push(
    [`${stem}a`, FUT],
    [`${stem}as`, FUT],
    [`${stem}ai`, FUT],
    [`${stem}ont`, FUT],
    [`${stem}ons`, FUT | P1P],
    [`${stem}ez`, FUT | P2P],
    [`${stem}ait`, COND],
    [`${stem}ais`, COND],
    [`${stem}aient`, COND],
    [`${stem}ions`, COND | P1P],
    [`${stem}iez`, COND | P2P],
  );
}

/**
 * Conjugates a regular "-er" verb (folded), with the spelling changes of -ger, -yer, -eler/-eter.
 *
 * @example
 * conjugateEr('partager').find(([f]) => f === 'partageons') // → ['partageons', PRES | IMP | P1P]
 */
export function conjugateEr(lemma: string): Forms {
  const stem = lemma.slice(0, -2);
  const soft = stem.endsWith('g') ? `${stem}e` : stem; // partageons, partageant
  let strong = stem; // before a mute e: envoie, rappelle
  if (/[ou]y$/.test(stem)) strong = `${stem.slice(0, -1)}i`;
  else if (/(?:appel|jet)$/.test(stem)) strong = stem + stem[stem.length - 1];
  const out: Forms = [
    [lemma, INF],
    [`${strong}e`, PRES | IMP | SUBJ],
    [`${strong}es`, PRES | SUBJ],
    [`${strong}ent`, PRES | SUBJ],
    [`${soft}ons`, PRES | IMP | P1P],
    [`${stem}ez`, PRES | IMP | P2P],
    [`${soft}ant`, PPR],
    [`${soft}ait`, IMPF],
    [`${soft}ais`, IMPF],
    [`${soft}aient`, IMPF],
    [`${stem}ions`, IMPF | SUBJ | P1P],
    [`${stem}iez`, IMPF | SUBJ | P2P],
  ];
  futureAndConditional(`${strong}er`, out);
  participles(`${stem}e`, out);
  return out;
}

/**
 * Conjugates a regular "-ir" verb of the finir type (choisir, bannir, garantir).
 *
 * @example
 * conjugateIr('bannir').some(([f]) => f === 'bannis') // → true
 */
export function conjugateIr(lemma: string): Forms {
  const stem = lemma.slice(0, -2);
  const out: Forms = [
    [lemma, INF],
    [`${stem}is`, PRES | IMP],
    [`${stem}it`, PRES],
    [`${stem}issent`, PRES | SUBJ],
    [`${stem}issons`, PRES | IMP | P1P],
    [`${stem}issez`, PRES | IMP | P2P],
    [`${stem}isse`, SUBJ],
    [`${stem}issant`, PPR],
    [`${stem}issait`, IMPF],
    [`${stem}issaient`, IMPF],
  ];
  futureAndConditional(lemma, out);
  participles(`${stem}i`, out);
  return out;
}

/**
 * Conjugates an irregular verb from its stems.
 *
 * @example
 * // conjugateIrregular('tenir', { p3s: 'tient', …, pp: 'tenu' }) yields 'tiennent', 'tiendra', 'tenue'…
 */
export function conjugateIrregular(lemma: string, st: IrregularStems): Forms {
  const imperfStem = st.p1p.slice(0, -3);
  const subj = st.subj ?? st.p3p.slice(0, -3);
  const out: Forms = [
    [lemma, INF],
    [st.p3s, PRES],
    [st.p3p, PRES],
    [st.p1p, PRES | IMP | P1P],
    [st.p2p, PRES | IMP | P2P],
    [`${subj}e`, SUBJ],
    [`${subj}ent`, SUBJ],
    [st.ppr, PPR],
    [`${imperfStem}ait`, IMPF],
    [`${imperfStem}aient`, IMPF],
  ];
  if (st.p1s) out.push([st.p1s, PRES | IMP]);
  futureAndConditional(st.fut, out);
  participles(st.pp, out);
  return out;
}
