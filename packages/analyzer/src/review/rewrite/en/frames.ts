/**
 * The English frames of a restrictive rule, read into one structure (a directive):
 *
 *   imperative  "Do not V …", "Never V …", "Please refrain from V-ing …", "Agree not to V …",
 *               "It is prohibited to V …", "V-ing … is not allowed"
 *   subject     "Employees must not V …", "You may not V …", "Staff are not permitted to V …",
 *               "It is forbidden for students to V …"
 *   nobody      "No one may V …", "No employee may V …"
 *   only        "Only designated spokespeople may V …"
 */
import { gerundAt, verbAt } from './verbs.js';
import { PERSON } from './words.js';

export type EnFrame = 'imperative' | 'subject' | 'nobody' | 'only';

export interface EnDirective {
  frame: EnFrame;
  /** Words kept before the verb in the imperative ("Agree to "), else "". */
  lead: string;
  /** The subject as written (subject, nobody and only frames). */
  subject: string | null;
  /** Whether the subject is the reader. */
  you: boolean;
  /** The positive modal of a subject frame: "may", "can", "agree to". */
  can: string;
  /** The verbs, base forms, in order ("hand out", "publish"). */
  verbs: string[];
  /** The verb group in base form, as written ("publish, post or release"). */
  verbText: string;
  /** The rest of the clause after the verbs. */
  object: string;
  /** The subject was moved to the front ("It is forbidden for students to …"): its case follows the sentence. */
  moved?: boolean;
}

const SEP = /^(, or |, and |, | or | and )/i;

interface Group {
  verbs: string[];
  verbText: string;
  object: string;
}

/** Reads coordinated base verbs ("publish, post or release") or gerunds ("posting or sharing"). */
function verbGroup(s: string, gerunds: boolean): Group | null {
  const verbs: string[] = [];
  let text = '';
  let pos = 0;
  for (;;) {
    const at = s.slice(pos);
    let base: string | null;
    let len: number;
    if (gerunds) {
      const g = gerundAt(at);
      base = g?.base ?? null;
      len = g?.written.length ?? 0;
    } else {
      base = verbAt(at);
      len = base?.length ?? 0;
    }
    if (base === null) {
      if (verbs.length === 0) return null;
      break;
    }
    verbs.push(base);
    text += base;
    pos += len;
    const sep = s.slice(pos).match(SEP);
    if (!sep) break;
    const after = s.slice(pos + sep[0].length);
    if (gerunds ? !gerundAt(after) : !verbAt(after)) break;
    text += sep[0];
    pos += sep[0].length;
  }
  return { verbs, verbText: text, object: s.slice(pos).trimStart() };
}

const POSITIVE: Record<string, string> = {
  cannot: 'can',
  'can not': 'can',
  "can't": 'can',
  'agree not to': 'agree to',
  'agrees not to': 'agrees to',
};

function imperative(s: string): EnDirective | null {
  const m = s.match(/^(?:please )?((agree) not to|do not|don't|dont|never|refrain from)(?: ever)? (.*)$/is);
  if (!m) return null;
  const g = verbGroup(m[3], /^refrain/i.test(m[1]));
  if (!g) return null;
  const lead = m[2] ? `${m[2]} to ` : '';
  return { frame: 'imperative', lead, subject: null, you: true, can: '', ...g };
}

function impersonal(s: string): EnDirective | null {
  const m = s.match(
    /^it is (?:strictly |expressly |absolutely )?(?:prohibited|forbidden|not permitted|not allowed|not acceptable|unacceptable)(?: for ([^,]+?))? to (.*)$/is,
  );
  if (!m) return null;
  const g = verbGroup(m[2], false);
  if (!g) return null;
  if (m[1] === undefined) return { frame: 'imperative', lead: '', subject: null, you: true, can: '', ...g };
  if (!personSubject(m[1])) return null;
  return {
    frame: 'subject',
    lead: '',
    subject: m[1],
    you: /^you$/i.test(m[1]),
    can: 'may',
    ...g,
    moved: true,
  };
}

/** A subject naming people: "Employees", "Page administrators", "Teachers and coaches", "You". */
export function personSubject(subject: string): boolean {
  if (subject.split(' ').length > 6 || /[,;:()]/.test(subject)) return false;
  if (/\b(?:who|that|which|when|if|whose)\b/i.test(subject)) return false;
  if (/^(?:at least|at most|only|no|two|three|\d)/i.test(subject)) return false;
  // The head is the last word before a complement or a participle ("University staff | posting …").
  const words: string[] = [];
  for (const w of subject.split(' ')) {
    if (words.length > 0 && /^(?:of|for|in|at|from|with|on|to|\p{L}+ing)$/iu.test(w)) break;
    words.push(w);
  }
  return PERSON.test(words[words.length - 1].replace(/'s$/, ''));
}

function subjectModal(s: string): EnDirective | null {
  const m = s.match(
    /^(.+?) (must not|mustn't|may not|cannot|can not|can't|shall not|are not to|is not to|are never to|is never to|agrees? not to|(?:are|is) not (?:allowed|permitted|authorized|authorised) to|(?:are|is) (?:prohibited|forbidden|barred|banned) from|(?:are|is) forbidden to|(?:must|may|shall) never)(?: ever)? (.*)$/is,
  );
  if (!m) return null;
  const [, subject, modal, rest] = m;
  if (subject.split(' ').length > 6 || /[,;:()]|\b(?:who|that|which|when|if|whose)\b/i.test(subject))
    return null;
  if (/^(?:we|i|no|nobody|no one|only)\b/i.test(subject)) return null;
  const g = verbGroup(rest, /from$/i.test(modal));
  if (!g) return null;
  const can = POSITIVE[modal.toLowerCase()] ?? 'may';
  return { frame: 'subject', lead: '', subject, you: /^you$/i.test(subject), can, ...g };
}

function nobody(s: string): EnDirective | null {
  const m = s.match(
    /^(no one|nobody|no-one|no (?:[\p{L}-]+ ){0,2}[\p{L}-]+?) (?:may|can|shall|is (?:allowed|permitted|authorized) to|are (?:allowed|permitted|authorized) to)(?: ever)? (.*)$/isu,
  );
  if (!m) return null;
  if (!/^(?:no one|nobody|no-one)$/i.test(m[1]) && !PERSON.test(m[1].split(' ').pop()!)) return null;
  const g = verbGroup(m[2], false);
  if (!g) return null;
  return { frame: 'nobody', lead: '', subject: m[1], you: false, can: '', ...g };
}

function only(s: string): EnDirective | null {
  const m = s.match(
    /^only (.+?) (?:may|can|shall|are (?:allowed|permitted|authorized) to|is (?:allowed|permitted|authorized) to|(?:has|have) the (?:right|authority) to)(?: ever)? (.*)$/is,
  );
  if (!m || /[,;:()]|\b(?:who|that|which)\b/i.test(m[1])) return null;
  const g = verbGroup(m[2], false);
  if (!g) return null;
  return { frame: 'only', lead: '', subject: m[1], you: false, can: '', ...g };
}

/** "Posting recordings made in class without permission is not allowed". */
function gerundSubject(s: string): EnDirective | null {
  const m = s.match(
    /^(.+?) (?:is|are) (?:strictly |expressly |absolutely |also )?(?:prohibited|forbidden|banned|not (?:allowed|permitted|tolerated|acceptable)|unacceptable)(?: ((?:on|in|at|across|within) .+))?$/is,
  );
  if (!m) return null;
  const g = verbGroup(m[1], true);
  if (!g) return null;
  const object = m[2] ? `${g.object} ${m[2]}`.trim() : g.object;
  return { frame: 'imperative', lead: '', subject: null, you: true, can: '', ...g, object };
}

/**
 * Reads an English restrictive clause into a directive, or null.
 *
 * @example
 * readDirective('Do not post photos of students without written parental consent')?.frame // → 'imperative'
 */
export function readDirective(core: string): EnDirective | null {
  return (
    imperative(core) ??
    impersonal(core) ??
    only(core) ??
    nobody(core) ??
    subjectModal(core) ??
    gerundSubject(core)
  );
}
