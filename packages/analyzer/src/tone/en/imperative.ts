/**
 * Imperatives and fixed openers at the start of a clause (taxonomy rules 5 and 8): "Do not post …"
 * forbids, "Respect …" requires, "Share your successes!" invites, "Consider …" advises, "Feel free
 * to …" encourages, "Please refrain from …" keeps its force, "Thank you …" thanks.
 */
import type { Clause } from './clauses.js';
import type { Context } from './context.js';
import { type Hit, hit } from './hit.js';
import { effortEnd } from './rules-lexical.js';
import type { TokenList } from './tokens.js';
import {
  ADVICE_VERBS,
  ENCOURAGING_VERBS,
  INVITING_VERBS,
  INVITING_WITH,
  isBaseVerb,
  NOUN_OR_VERB,
} from './verbs.js';
import { FINITE_AUX, FUNCTION_WORDS, isAdverb, words } from './words.js';

const POLITE = words('please kindly just simply also then now so and but or therefore');
const PLEASE = words('please kindly');
const ADVICE_ADJECTIVES = words('aware mindful careful cautious conscious wary');
const INVITING_ADJECTIVES = words('creative proud bold curious yourself inspired social engaged');
const PAUSES = words('moment minute second breath step time');
const PAUSE_DETERMINERS = words('a the some your');
const THANKS = words('thanks thank-you congratulations kudos bravo');
const OBJECT_STARTS = words(
  'your the a an all any every each it them this these those others yourself yourselves only our their his her one up out off down back',
);
const CONTACT_REASONS = words(
  'question questions information info help idea ideas suggestion suggestions feedback story stories comment comments',
);
const FINITE_LATER = words('is are was were must shall should may can will would');
// Present-tense verbs that are rarely nouns: after a noun they show the first word was a noun too.
const FINITE_LEXICAL = words(
  'apply applies mean means govern governs include includes contain contains define defines describe describes explain explains outline outlines result results',
);

/**
 * Whether a finite verb follows in the clause's main part: then the first word was a noun
 * ("Comment moderation is …", "State laws … apply to …"), not an imperative.
 */
function finiteLater(c: Context, from: number, end: number): boolean {
  const t = c.t;
  for (let k = from; k < end; k++) {
    if (c.sub[k]) continue;
    const w = t.w[k];
    if (FINITE_LATER.has(w)) return true;
    if (
      FINITE_LEXICAL.has(w) &&
      t.word[k - 1] === 1 &&
      !FUNCTION_WORDS.has(t.w[k - 1]) &&
      !isAdverb(t.w[k - 1])
    ) {
      return true;
    }
    if (t.word[k] === 0 && t.w[k] !== ',' && t.w[k] !== '"' && t.w[k] !== "'s") return false;
  }
  return false;
}

/** Whether the sentence speaks of questions, ideas or help: then "contact …" invites. */
function asksForContact(c: Context): boolean {
  for (let k = 0; k < c.t.n; k++) if (CONTACT_REASONS.has(c.t.w[k])) return true;
  return false;
}

/**
 * 2 when the token is a known imperative verb, 1 when it only looks like one, 0 otherwise. After
 * "please" or "kindly" any verb-like word is one ("please call 311", "kindly dial …").
 */
function imperativeVerb(c: Context, k: number, end: number, polite = false): 0 | 1 | 2 {
  const t: TokenList = c.t;
  if (k >= end || t.word[k] === 0) return 0;
  const w = t.w[k];
  const next = t.w[k + 1] ?? '';
  // A quoted term ("post" means …) or a noun followed by its verb is no imperative.
  if (FINITE_AUX.has(next) || next === "'s" || next === 'of' || next === '"') return 0;
  if (isBaseVerb(w)) {
    if (NOUN_OR_VERB.has(w) && finiteLater(c, k + 1, end)) return 0;
    return 2;
  }
  if (FUNCTION_WORDS.has(w) || isAdverb(w) || w.length < 3) return 0;
  if (w.endsWith('s') || w.endsWith('ing') || w.endsWith('ed')) return 0;
  return (OBJECT_STARTS.has(next) || polite) && !finiteLater(c, k + 1, end) ? 1 : 0;
}

/**
 * Token after a pause taken before acting ("the time", "a moment", "a few minutes", "your time",
 * "time") that starts at `k`, or -1: "Take …" then advises (rule 8). "Take steps to …" is no pause.
 */
function pauseEnd(t: TokenList, k: number): number {
  const a = t.w[k] ?? '';
  if (PAUSES.has(a)) return a === 'step' ? -1 : k + 1;
  let j = k;
  if (PAUSE_DETERMINERS.has(a)) j++;
  if (t.w[j] === 'few' || t.w[j] === 'couple') j += t.w[j + 1] === 'of' ? 2 : 1;
  if (j === k) return -1;
  const noun = t.w[j] ?? '';
  if (PAUSES.has(noun)) return noun === 'step' && a !== 'a' ? -1 : j + 1;
  // "a few minutes", "a couple of seconds".
  return noun.endsWith('s') && PAUSES.has(noun.slice(0, -1)) && noun !== 'steps' ? j + 1 : -1;
}

/** Token after "make a habit of", "make it a habit to", "get into the habit of" (verb at `k`), or -1. */
function habitEnd(t: TokenList, k: number): number {
  const v = t.w[k];
  let j = k + 1;
  if (v === 'make') {
    if (t.w[j] === 'it') j++;
  } else if (v === 'get') {
    if (t.w[j] !== 'in' && t.w[j] !== 'into') return -1;
    j++;
  } else return -1;
  if (t.w[j] === 'a' || t.w[j] === 'the') j++;
  if (t.w[j] === 'good') j++;
  return t.w[j] === 'habit' ? j + 1 : -1;
}

/** The label of a positive imperative whose verb is at `k`; `from` is where the cue starts. */
function positive(c: Context, from: number, k: number, known: 1 | 2): Hit {
  const t = c.t;
  const v = t.w[k];
  const a = t.w[k + 1] ?? '';
  const b = t.w[k + 2] ?? '';
  if (v === 'be') {
    let j = k + 1;
    while (j < t.n && isAdverb(t.w[j])) j++;
    const adj = t.w[j] ?? '';
    if (ADVICE_ADJECTIVES.has(adj))
      return hit('recommendation', 'recommendation.advice-imperative', 2, from, j + 1, true);
    if (INVITING_ADJECTIVES.has(adj))
      return hit('encouragement', 'encouragement.invitation', 2, from, j + 1, true);
    return hit(
      'obligation',
      'obligation.imperative',
      2,
      from,
      j < t.n && t.word[j] === 1 ? j + 1 : k + 1,
      true,
    );
  }
  if (v === 'feel' && a === 'free')
    return hit('encouragement', 'encouragement.feel-free', 3, from, k + 2, true);
  if (v === 'keep' && b === 'coming')
    return hit('encouragement', 'encouragement.invitation', 2, from, k + 3, true);
  if ((v === 'keep' || v === 'bear') && a === 'in' && b === 'mind') {
    return hit('recommendation', 'recommendation.advice-imperative', 2, from, k + 3, true);
  }
  if (v === 'take') {
    if (a === 'part') return hit('encouragement', 'encouragement.invitation', 2, from, k + 2, true);
    const pause = pauseEnd(t, k + 1);
    if (pause > 0) return hit('recommendation', 'recommendation.advice-imperative', 2, from, pause, true);
  }
  if (v === 'make' && a === 'sure') return hit('obligation', 'obligation.imperative', 2, from, k + 2, true);
  // "Make a habit of …", "Make it a habit to …", "Get into the habit of …": a habit advised (rule 8).
  const habit = habitEnd(t, k);
  if (habit > 0) return hit('recommendation', 'recommendation.advice-imperative', 2, from, habit, true);
  if (v === 'ask') {
    if (a === 'yourself')
      return hit('recommendation', 'recommendation.advice-imperative', 2, from, k + 2, true);
    if (a === 'us' || a === 'questions' || a === 'for' || a === 'away') {
      return hit('encouragement', 'encouragement.invitation', 2, from, k + 2, true);
    }
  }
  if (v === 'let') {
    if (a === 'us')
      return hit('encouragement', 'encouragement.invitation', 2, from, b === 'know' ? k + 3 : k + 2, true);
  }
  if (v === 'note') return hit('informative', 'informative.note', 1, from, k + 1, true);
  if (v === 'understand') return hit('informative', 'informative.recognition', 1, from, k + 1, true);
  if (v === 'refrain' || v === 'abstain' || v === 'cease') {
    return hit('prohibition', 'prohibition.refusal-verb', 3, from, a === 'from' ? k + 2 : k + 1, true);
  }
  if (v === 'agree') {
    if (a === 'not') return hit('prohibition', 'prohibition.negative-imperative', 2, from, k + 2, true);
    return hit('obligation', 'obligation.agreement', 2, from, a === 'to' ? k + 2 : k + 1, true);
  }
  if (v === 'stop' && a === 'and')
    return hit('recommendation', 'recommendation.advice-imperative', 2, from, k + 1, true);
  if (ADVICE_VERBS.has(v))
    return hit('recommendation', 'recommendation.advice-imperative', 2, from, k + 1, true);
  const cue = INVITING_WITH.get(v);
  const invited = cue !== undefined && (cue.has(a) || cue.has(b) || (b === 'our' && t.w[k + 3] === 'way'));
  if (v === 'contact' || v === 'reach' || (v === 'get' && a === 'in' && b === 'touch')) {
    // "Contact us", "contact the office with any questions" invite; "contact IT if an account is hacked" requires.
    return a === 'us' || asksForContact(c)
      ? hit('encouragement', 'encouragement.invitation', 2, from, v === 'get' ? k + 3 : k + 1, true)
      : hit('obligation', 'obligation.imperative', 2, from, k + 1, true);
  }
  if (INVITING_VERBS.has(v) || invited || (ENCOURAGING_VERBS.has(v) && v !== 'support')) {
    const end = cue !== undefined && a === 'us' ? k + 2 : k + 1;
    return hit('encouragement', 'encouragement.invitation', 2, from, end, true);
  }
  return hit('obligation', 'obligation.imperative', known === 2 ? 2 : 1, from, k + 1, true);
}

/**
 * An imperative (or a fixed opener such as "Thank you") starting at token `j`, or null.
 *
 * @example
 * // "Please do not share passwords." → prohibition, cue "Please do not share"
 * imperativeAt(ctx, 0, tokens.n)?.label // → 'prohibition'
 */
export function imperativeAt(c: Context, j: number, end: number): Hit | null {
  const t = c.t;
  while (j < end && t.word[j] === 0) j++;
  const from = j;
  let polite = false;
  while (j < end && (POLITE.has(t.w[j]) || t.w[j] === ',')) {
    if (PLEASE.has(t.w[j])) polite = true;
    j++;
  }
  if (j >= end) return null;
  const w = t.w[j];
  const a = t.w[j + 1] ?? '';
  if ((w === 'thank' && (a === 'you' || a === 'u' || a === 'to' || a === 'for')) || THANKS.has(w)) {
    return hit('encouragement', 'encouragement.thanks', 3, from, w === 'thank' ? j + 2 : j + 1);
  }
  if ((w === 'keep' || w === 'bear') && a === 'in' && t.w[j + 2] === 'mind') {
    return hit('recommendation', 'recommendation.advice-imperative', 2, from, j + 3, true);
  }
  if (w === 'go' && a === 'ahead')
    return hit('encouragement', 'encouragement.invitation', 2, from, j + 2, true);
  if (w === 'feel' && a === 'free')
    return hit('encouragement', 'encouragement.feel-free', 3, from, j + 2, true);
  if (w === 'well' && a === 'done') return hit('encouragement', 'encouragement.thanks', 3, from, j + 2);
  if (w === 'welcome' && (a === 'to' || a === '!' || a === '' || a === ',')) {
    return hit('encouragement', 'encouragement.invitation', 2, from, j + 1);
  }
  if (w === 'why' && (a === 'not' || (a === 'do' && t.w[j + 2] === 'not'))) {
    return hit('encouragement', 'encouragement.question', 2, from, a === 'not' ? j + 2 : j + 3);
  }
  if ((w === 'do' && (a === 'not' || a === 'never')) || w === 'never') {
    let k = w === 'never' ? j + 1 : j + 2;
    while (k < end && (isAdverb(t.w[k]) || t.w[k] === 'ever' || t.w[k] === 'please')) k++;
    const v = t.w[k] ?? '';
    if (v === 'hesitate') return hit('encouragement', 'encouragement.no-hesitation', 3, from, k + 1, true);
    if (v === 'forget')
      return hit('recommendation', 'recommendation.advice-imperative', 2, from, k + 1, true);
    if (v === 'be' && (t.w[k + 1] === 'afraid' || t.w[k + 1] === 'shy')) {
      return hit('encouragement', 'encouragement.invitation', 2, from, k + 2, true);
    }
    if (v === 'be' || imperativeVerb(c, k, end) > 0 || (t.word[k] === 1 && !FUNCTION_WORDS.has(v))) {
      return hit('prohibition', 'prohibition.negative-imperative', 3, from, k + 1, true);
    }
    return null;
  }
  // "Do your best to …", "Make every effort to …": an effort advised, like "Try to …" (rule 8).
  const effort = effortEnd(t, j);
  if (effort > 0) return hit('recommendation', 'recommendation.advice-imperative', 2, from, effort, true);
  let k = j;
  if ((w === 'always' || w === 'only') && k + 1 < end) k++;
  if (t.w[k] === 'do' && isBaseVerb(t.w[k + 1] ?? '')) k++;
  const known = imperativeVerb(c, k, end, polite);
  if (known === 0) return null;
  return positive(c, from, k, known);
}

/**
 * An imperative or fixed opener at the start of the clause's main part.
 *
 * @example
 * // "Share your wins!" → encouragement
 * clauseStart(ctx, clause)?.label // → 'encouragement'
 */
export function clauseStart(c: Context, cl: Clause): Hit | null {
  return imperativeAt(c, cl.main, cl.end);
}
