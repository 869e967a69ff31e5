/**
 * The English rewordings of a directive, one function per pattern. Each keeps the rule's content: the
 * condition stays, the forbidden thing stays named, nothing forbidden becomes allowed. Each returns
 * null when the directive does not fit it exactly.
 */
import type { CoreRewording } from '../shape.js';
import { firstStep, positiveCondition, splitCondition } from './condition.js';
import type { EnDirective } from './frames.js';
import { gerundOf, isVerb } from './verbs.js';
import {
  ANTONYMS,
  COMMON_OPENER,
  CONFIDENTIAL,
  DISCLOSE,
  DISRESPECT,
  HURTFUL,
  PERSON,
  SAY,
  SECRET,
} from './words.js';

type Transform = (d: EnDirective) => CoreRewording | null;

/** A positive verb phrase for the reader ("Keep … to yourself") and for others ("keep … to themselves"). */
interface PositiveVP {
  you: string;
  others: string;
}

function cap(s: string): string {
  return s === '' ? s : s[0].toUpperCase() + s.slice(1);
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

/** A subject as it reads after "on": "They" → "them", a capital that only opened the sentence made small. */
export function subjectAfterPreposition(subject: string): string | null {
  const lower = subject.toLowerCase();
  if (lower === 'we' || lower === 'i' || lower === 'it') return null;
  if (lower === 'they') return 'them';
  if (lower === 'you') return 'you';
  if (/^(?:he|she)\b/.test(lower)) return null;
  const first = subject.split(' ')[0];
  if (COMMON_OPENER.test(first) || PERSON.test(first))
    return first.toLowerCase() + subject.slice(first.length);
  return subject;
}

/** Everyone a "No one may …" rule speaks to: "No one" → "everyone", "No employee" → "every employee". */
function everyone(subject: string): string {
  const m = subject.match(/^no ([\p{L}-]+(?: [\p{L}-]+)*)$/iu);
  if (!m || /^(?:one|-one)$/i.test(m[1])) return 'everyone';
  return /s$/i.test(m[1]) ? `all ${m[1]}` : `every ${m[1]}`;
}

/** A lexical rewording in the directive's voice: the imperative to the reader, "We count on X to …" otherwise. */
function render(d: EnDirective, vp: PositiveVP): { text: string; generatedStart: boolean } | null {
  if (d.frame === 'only') return null;
  if (d.you) return { text: cap(d.lead + vp.you), generatedStart: true };
  const who = d.frame === 'nobody' ? everyone(d.subject!) : subjectAfterPreposition(d.subject!);
  if (who === null) return null;
  return { text: `We count on ${who} to ${vp.others}`, generatedStart: true };
}

function pattern(name: string, r: { text: string; generatedStart: boolean } | null): CoreRewording | null {
  return r ? { pattern: `en/${name}`, ...r } : null;
}

/** An object with no list or aside after a colon or a bracket, no second rule, and no second verb ("…, or urge others to …"). */
function plain(obj: string): boolean {
  if (/[:;()–—]/.test(obj) || /\b(?:never|do not|don't|must not|may not|cannot|can't)\b/i.test(obj))
    return false;
  for (const m of obj.matchAll(/(?:^|[ ,])(?:or|and) (?:to )?([\p{L}-]+)/giu)) if (isVerb(m[1])) return false;
  return true;
}

/** "Do not V X without Y" → "V X once you have Y"; "… unless C" → "V X only if C"; "No one may V X without Y" → "To V X, get Y first". */
const withCondition: Transform = (d) => {
  const c = splitCondition(d.object);
  if (!c || !plain(c.before)) return null;
  // "Share anything once you have approval" would read as a licence: leave such rules alone.
  if (/^(?:anything|something|everything|nothing)\b/i.test(c.before)) return null;
  const obj = c.before.replace(/^any (?!of\b)/i, '');
  const name = c.kind === 'if' ? 'unless' : 'without-condition';
  switch (d.frame) {
    case 'imperative': {
      // "Agree to delete posts once you have approval" would commit to deleting: "only with approval"
      // keeps such a rule a limit.
      const cond = positiveCondition(c, d.lead === '');
      const verb = d.lead + d.verbText;
      // A rule that waits for a permission is itself a permission: "you may …, once you have consent"
      // gives room and keeps the limit. A rule that waits for a step ("only after checking") stays
      // advice in the imperative.
      if (cond.startsWith('only after '))
        return pattern(name, { text: join(cap(verb), obj, cond), generatedStart: true });
      const allowed = verb.replace(/^agree to /i, '');
      return pattern(name, {
        text: join(`You may ${allowed.charAt(0).toLowerCase()}${allowed.slice(1)}`, obj, cond),
        generatedStart: true,
      });
    }
    case 'subject':
      return pattern(name, {
        text: join(d.subject!, d.can, d.verbText, obj, positiveCondition(c, d.you)),
        generatedStart: d.moved === true,
      });
    case 'nobody': {
      if (c.kind === 'if') {
        return pattern(name, {
          text: join(cap(d.verbText), obj, positiveCondition(c, true)),
          generatedStart: true,
        });
      }
      const step = firstStep(c);
      if (!step) return null;
      return pattern('to-get-first', { text: `To ${join(d.verbText, obj)}, ${step}`, generatedStart: true });
    }
    default:
      return null;
  }
};

/** "Only designated spokespeople may speak on behalf of the school" → "Ask designated spokespeople to speak on behalf of the school". */
const askThem: Transform = (d) => {
  if (d.frame !== 'only' || !plain(d.object)) return null;
  const who = subjectAfterPreposition(d.subject!);
  if (who === null || /^(?:you|them)$/i.test(who)) return null;
  return pattern('only-ask', { text: `Ask ${who} to ${join(d.verbText, d.object)}`, generatedStart: true });
};

/** "Don't post anything you wouldn't want X to see" → "Post only what you would be happy for X to see". */
const wouldBeHappy: Transform = (d) => {
  if (d.frame !== 'imperative' || d.lead !== '') return null;
  const m = d.object.match(
    /^(anything|something|[\p{L}-]+)(?: (?:that|which))? (you|they) (wouldn't|would not|don't|do not) want (?:(.+?) )?to (.+)$/isu,
  );
  if (!m) return null;
  const [, thing, who, neg, others, rest] = m;
  if (!/^(?:anything|something)$/i.test(thing) && isVerb(thing)) return null;
  const what = /^(?:anything|something)$/i.test(thing) ? 'what' : `${thing} that`;
  const happy = /^would/i.test(neg)
    ? 'would be happy'
    : who.toLowerCase() === 'you'
      ? 'are happy'
      : 'are happy';
  const forOthers = others ? `for ${others} ` : '';
  return pattern('would-be-happy', {
    text: `${cap(d.verbText)} only ${what} ${who} ${happy} ${forOthers}to ${rest}`,
    generatedStart: true,
  });
};

/** "Do not impersonate another person" → "Use your own identity". */
const ownIdentity: Transform = (d) => {
  const v = d.verbs[0].toLowerCase();
  const ok =
    d.verbs.length === 1 &&
    (v === 'impersonate' ||
      v === 'pretend to be' ||
      v === 'pose as' ||
      (v === 'misrepresent' && /^(?:yourself|your identity|themselves|their identity)\b/i.test(d.object)));
  if (!ok) return null;
  return pattern('identity', render(d, { you: 'use your own identity', others: 'use their own identity' }));
};

const ANYONE = / (?:with|to) (?:anyone|anybody|others|other people|third parties|a third party)(?: else)?$/i;

/** The object of a disclosure verb, when the recipient is nobody in particular. */
function disclosed(d: EnDirective): string | null {
  if (d.verbs.some((v) => !DISCLOSE.test(v)) || !plain(d.object)) return null;
  const obj = d.object.replace(ANYONE, '').replace(/^any (?!of\b)/i, '');
  if (
    / (?:with|to) /i.test(
      obj.replace(/ (?:to|with) (?:the |a |an )?(?:public|social media|the internet)\b/i, ''),
    )
  ) {
    // "to the district's accounts" is a place; "with other members" is a person: keep people's rules.
    const to = obj.match(/ (?:with|to) (?:[\p{L}'-]+ )?([\p{L}-]+)/iu);
    if (to && PERSON.test(to[1])) return null;
  }
  return obj === '' ? null : obj;
}

/** "Never share your password" → "Keep your password to yourself". */
const keepSecret: Transform = (d) => {
  const obj = disclosed(d);
  if (
    !obj ||
    !SECRET.test(obj) ||
    !/^(?:passwords?|passcodes?|logins?|credentials|pins?|access|security|two-factor|your|their|the|official|account|district|school|login)\b/i.test(
      obj,
    )
  )
    return null;
  const tail = obj.match(/^[^:]*?(?=:|$)/)?.[0] ?? obj;
  if (
    !/(?:passwords?|passcodes?|logins?|credentials|pins?|codes?|details|information)$/i.test(
      tail.replace(/ of [\p{L}' -]+$/u, ''),
    )
  )
    return null;
  return pattern(
    'keep-to-yourself',
    render(d, { you: `keep ${obj} to yourself`, others: `keep ${obj} to themselves` }),
  );
};

/** "Do not post internal documents" → "Keep internal documents confidential"; "… confidential information" → "Protect …". */
const keepConfidential: Transform = (d) => {
  const obj = disclosed(d);
  if (!obj || !CONFIDENTIAL.test(obj)) return null;
  const vp = /\b(?:confidential|private)\b/i.test(obj)
    ? { you: `protect ${obj}`, others: `protect ${obj}` }
    : { you: `keep ${obj} confidential`, others: `keep ${obj} confidential` };
  return pattern('confidential', render(d, vp));
};

const CIRCUMSTANCE = / (?:on|in|online|at|during|while|when|across)\b/i;

/** "Do not bait or start fights with other members" → "Treat other members with respect". */
const treatWithRespect: Transform = (d) => {
  if (d.verbs.some((v) => !DISRESPECT.test(v)) || !plain(d.object) || d.object === '') return null;
  const cut = d.object.search(CIRCUMSTANCE);
  const who = (cut >= 0 ? d.object.slice(0, cut) : d.object).replace(/^any (?!of\b)/i, '');
  const circumstance = cut >= 0 ? d.object.slice(cut) : '';
  if (who === '') return null;
  return pattern(
    'respect',
    render(d, {
      you: `treat ${who} with respect${circumstance}`,
      others: `treat ${who} with respect${circumstance}`,
    }),
  );
};

/** "Do not post hateful comments" → "Express yourself respectfully, without posting hateful comments". */
const respectfulSpeech: Transform = (d) => {
  if (d.verbs.some((v) => !SAY.test(v)) || !HURTFUL.test(d.object) || !plain(d.object)) return null;
  const ing = d.verbText.replace(/[\p{L}-]+(?: (?:in|to|on))?/gu, (v) =>
    /^(?:or|and)$/i.test(v) ? v : gerundOf(v),
  );
  const what = join(ing, d.object);
  return pattern(
    'respectful-speech',
    render(d, {
      you: `express yourself respectfully, without ${what}`,
      others: `express themselves respectfully, without ${what}`,
    }),
  );
};

/** "Do not tarnish the district's reputation" → "Protect the district's reputation", from a lexicon of counterparts. */
const antonym: Transform = (d) => {
  if (d.verbs.length > 1 || !plain(d.object)) return null;
  const ant = ANTONYMS[d.verbs[0].toLowerCase()];
  if (!ant || d.object === '' || !ant.object.test(d.object) || /^any\b/i.test(d.object)) return null;
  const vp = `${ant.to} ${d.object}${ant.suffix ?? ''}`;
  return pattern('antonym', render(d, { you: vp, others: vp }));
};

const TRANSFORMS: Transform[] = [
  withCondition,
  askThem,
  wouldBeHappy,
  ownIdentity,
  keepSecret,
  keepConfidential,
  treatWithRespect,
  respectfulSpeech,
  antonym,
];

/**
 * The first English rewording that fits a directive, or null.
 *
 * @example
 * // readDirective('Never share your password') → { pattern: 'en/keep-to-yourself', text: 'Keep your password to yourself' }
 */
export function rewordDirective(d: EnDirective): CoreRewording | null {
  for (const t of TRANSFORMS) {
    const r = t(d);
    if (r) return r;
  }
  return null;
}
