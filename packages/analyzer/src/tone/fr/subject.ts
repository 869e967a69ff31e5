/**
 * Who is the subject of a verb: the organization ("nous", "le centre", "l'équipe"), the reader or
 * other people ("vous", "les élèves", "toute personne"), or a thing ("une erreur", "vos réglages").
 * Decides commitment vs obligation ("s'engage à"), permission vs possibility ("peut"), and whose
 * removal of content is a sanction.
 */
import { type Ctx, cliticRunStart, entriesAt, is } from './context.js';
import {
  BREACH_WORDS,
  COMPLY_LEMMAS,
  CONJUNCTIONS,
  DETERMINERS,
  DOC_NOUNS,
  F,
  NE,
  NEG_SUBJECTS,
  nounKey,
  ONLY_WORDS,
  ORG_NOUNS,
  PERSON_NOUNS,
  RELATIVES,
  SANCTION_NOUNS,
  SUBJECT_PRONOUNS,
  type SubjectClass,
} from './lexicon.js';

export interface Subject {
  cls: SubjectClass;
  /** Restricted to a few: "Seuls les porte-parole…". */
  only: boolean;
  /** Negative: "Nul", "Aucun propos", "Personne". */
  neg: boolean;
  /** Names a breach: "Tout manquement", "Un usager qui contrevient…". */
  breach: boolean;
  /** Names a penalty: "Des sanctions", "Des mesures disciplinaires". */
  penalty: boolean;
  /** A document or rule: "La présente charte", "Ces règles". */
  doc: boolean;
  /** First token of the subject (or -1). */
  s: number;
}

function classOfNoun(word: string): { cls: SubjectClass; doc: boolean; penalty: boolean; breach: boolean } {
  if (nounKey(word, ORG_NOUNS)) return { cls: 'org', doc: false, penalty: false, breach: false };
  if (nounKey(word, PERSON_NOUNS)) return { cls: 'person', doc: false, penalty: false, breach: false };
  return {
    cls: 'thing',
    doc: nounKey(word, DOC_NOUNS) !== null,
    penalty: nounKey(word, SANCTION_NOUNS) !== null,
    breach: nounKey(word, BREACH_WORDS) !== null,
  };
}

/**
 * Whether tokens [from, to) name a breach: a breach word or a negated "respecter/suivre…".
 *
 * @example
 * // tokens of "Tout manquement à la charte": namesBreach(ctx, 0, 4) → true
 */
export function namesBreach(c: Ctx, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const t = c.toks[i].w;
    if (BREACH_WORDS.has(t)) return true;
    if (nounKey(t, BREACH_WORDS)) return true;
    if (t === 'non' && c.toks[i + 1]?.w.startsWith('respect')) return true;
    if (NE.has(t)) {
      const v = c.toks[i + 1]?.w === 'se' || c.toks[i + 1]?.w === "s'" ? i + 2 : i + 1;
      if (entriesAt(c, v)?.some((e) => COMPLY_LEMMAS.has(e.lemma))) return true;
    }
  }
  return false;
}

/**
 * The subject of the verb at `v`, looking no further back than `from` (the clause start).
 *
 * @example
 * // "Le service des communications vous aidera": subjectOf(ctx, 5, 0).cls → 'org'
 */
export function subjectOf(c: Ctx, v: number, from: number): Subject {
  if (from !== c.mainStart) return findSubject(c, v, from);
  if (!c.subjects) c.subjects = new Array(c.toks.length);
  const known = c.subjects[v] as Subject | undefined;
  if (known) return known;
  const found = findSubject(c, v, from);
  c.subjects[v] = found;
  return found;
}

/** How far back a subject is looked for: keeps the search linear in long, run-on input. */
const SUBJECT_WINDOW = 24;

function findSubject(c: Ctx, v: number, from: number): Subject {
  from = Math.max(from, v - SUBJECT_WINDOW);
  const base: Subject = {
    cls: 'none',
    only: false,
    neg: false,
    breach: false,
    penalty: false,
    doc: false,
    s: -1,
  };
  const run = cliticRunStart(c, v);
  let j = run - 1;
  while (j >= from && is(c, j, F.ADVERBS)) j--;
  // "Nous vous invitons", "Vous vous engagez", "Vous ne pouvez": the first pronoun of the run is the
  // subject unless a subject stands before it ("Le service vous aidera").
  const lead = c.toks[run]?.w;
  if (run < v && (lead === 'nous' || lead === 'vous')) {
    const before = j >= from ? c.toks[j] : undefined;
    if (!before || before.punct || CONJUNCTIONS.has(before.w) || RELATIVES.has(before.w)) {
      return { ...base, cls: lead === 'nous' ? 'org' : 'reader', s: run };
    }
  }
  if (j >= from) {
    const t = c.toks[j];
    const pron = SUBJECT_PRONOUNS.get(t.w);
    const prev = c.toks[j - 1]?.w ?? '';
    if (pron && !t.hy && !(t.w === 'personne' && DETERMINERS.has(prev))) {
      // "Nous" after "vous" or "nous" is the object: "nous vous invitons" keeps "nous".
      return {
        ...base,
        cls: pron,
        neg: NEG_SUBJECTS.has(t.w),
        only: ONLY_WORDS.has(prev),
        s: j,
      };
    }
  }
  // A noun phrase at the start of the clause.
  let i = from;
  while (i < v && (is(c, i, F.CLAUSE_ADVERBS) || is(c, i, F.CONJUNCTIONS) || c.toks[i].punct)) i++;
  const s = i;
  let only = false;
  let neg = false;
  while (i < v && (is(c, i, F.DETERMINERS) || is(c, i, F.ONLY_WORDS))) {
    if (is(c, i, F.ONLY_WORDS)) only = true;
    if (is(c, i, F.NEG_SUBJECTS)) neg = true;
    i++;
  }
  if (i >= v) return { ...base, only, neg };
  const head = c.toks[i].w;
  const pron = SUBJECT_PRONOUNS.get(head);
  if (pron && head !== 'personne') return { ...base, cls: pron, only, neg: neg || NEG_SUBJECTS.has(head), s };
  const k = classOfNoun(head);
  return {
    cls: k.cls,
    only,
    // "Rien dans cette charte n'empêche…": the pronoun "rien" heads a negative subject.
    neg: neg || NEG_SUBJECTS.has(head),
    breach: k.breach || namesBreach(c, s, v),
    penalty: k.penalty,
    doc: k.doc,
    s,
  };
}
