/**
 * Modal groups with an active lexical verb: "must post", "may not use", "should avoid", "will help",
 * "can expect". The modal gives the force; the subject and the verb refine it (taxonomy rules 2, 6, 9,
 * 10): the organization's "will" pledges, its "may remove" sanctions, its "may update" is a permission.
 */
import { acceptsLiability, breachInView, type Context } from './context.js';
import type { Group } from './group.js';
import { type Hit, hit } from './hit.js';
import { consequence } from './rules-consequence.js';
import { decideLexical } from './rules-lexical.js';
import type { Subject } from './subject.js';
import {
  BENEFIT_VERBS,
  CONSEQUENCE_VERBS,
  EPISTEMIC_VERBS,
  FORBIDDING_VERBS,
  LIFTING_VERBS,
  lemma,
  NEGATIVE_VERBS,
  RESPONSE_VERBS,
  SANCTION_PARTICIPLES,
  SANCTION_VERBS,
  SERVICE_VERBS,
  SPREADING_VERBS,
  STATIVE_VERBS,
  TOLERATE_VERBS,
  VALORIZING_VERBS,
} from './verbs.js';
import { words } from './words.js';

const REFUSED = words('publish post approve accept display');
const RECEIVE = words('receive get hear');
const WISH = words('want wish');
const PERSON_ACTS = words(
  'post share comment submit request ask join follow contact upload publish create use reply respond attend participate choose decide opt tag message like subscribe register',
);
const ADVICE_NOUNS = words('thumb tip tips advice suggestion practice idea');
const STAYING = words('remain stay');
const PRIVATE = words('private confidential secure anonymous');
/** What a piece of content may be said not to hold: "Posts cannot contain hateful content" restricts its authors. */
const CONTENT_VERBS = words('contain include feature show display depict mention promote reveal advertise');
const CONTENT_NOUNS = words(
  'post comment message content publication photo picture video image reply submission profile username caption material tweet story',
);

/** Whether the subject in [from, to) names advice ("rule of thumb", "tip", "best practice"). */
function adviceSubject(c: Context, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ADVICE_NOUNS.has(c.t.w[k])) return true;
  return false;
}

/** "take down", "take action"; "edit" and "take" alone are no measure. */
function isMeasure(c: Context, verb: number, base: string): boolean {
  if (base === 'take') {
    const next = c.t.w[verb + 1];
    return next === 'down' || next === 'action' || next === 'off';
  }
  return base !== 'edit' && SANCTION_VERBS.has(base);
}

/**
 * Decides a modal group whose head is an active lexical verb.
 *
 * @example
 * // "You may not use the logo." → prohibition (negated permission)
 * decideModal(ctx, group, subject, 0)?.label // → 'prohibition'
 */
export function decideModal(c: Context, g: Group, s: Subject, clauseMain: number): Hit | null {
  const t = c.t;
  const v = g.head;
  if (v < 0) return null;
  const base = lemma(t.w[v]) ?? t.w[v];
  const neg = g.neg || s.negative;
  const start = s.negative || s.only ? s.start : g.start;
  const end = v + 1;

  // "Nothing will prevent you from …", "No rule should stop you …": a restriction denied by a
  // negative thing as subject leaves people free (rule 2); "Nobody may prevent you …" still forbids.
  if (s.negative && s.role === 'thing' && !g.neg && (LIFTING_VERBS.has(base) || FORBIDDING_VERBS.has(base))) {
    return hit('permission', 'permission.negated-prohibition', 2, start, end);
  }
  // "may have their comments removed": a measure in the causative.
  if (base === 'have' && !neg && g.modal !== 'must' && g.modal !== 'should') {
    for (let k = v + 1; k < Math.min(t.n, v + 6); k++) {
      if (SANCTION_PARTICIPLES.has(t.w[k])) return hit('sanction', 'sanction.removal', 2, g.start, k + 1);
      if (t.word[k] === 0) break;
    }
  }
  if (CONSEQUENCE_VERBS.has(base) && base !== 'face' && base !== 'risk') {
    const r = consequence(c, g.start, v, clauseMain);
    if (r || base === 'result' || base === 'lead' || base === 'cost') return r;
  }
  if (base === 'face' || base === 'risk' || base === 'incur') {
    const r = consequence(c, g.start, v, clauseMain);
    if (r) return r;
  }

  switch (g.modal) {
    case 'must':
    case 'shall':
    case 'have-to':
    case 'need-to':
    case 'be-to': {
      if ((g.modal === 'have-to' || g.modal === 'need-to') && neg) {
        return hit('permission', 'permission.negated-obligation', 3, start, end);
      }
      if (neg)
        return hit(
          'prohibition',
          s.negative ? 'prohibition.negative-subject' : 'prohibition.modal',
          3,
          start,
          end,
        );
      if (NEGATIVE_VERBS.has(base) && base !== 'stop')
        return hit('prohibition', 'prohibition.refusal-verb', 3, start, end);
      if (g.modal === 'be-to' && s.purpose) return null;
      // "A good rule of thumb is to …", "The best advice is to …": advice, not a duty.
      if (g.modal === 'be-to' && adviceSubject(c, s.start, g.start)) {
        return hit('recommendation', 'recommendation.predicate', 2, start, end);
      }
      return hit(
        'obligation',
        'obligation.modal',
        g.modal === 'be-to' || g.modal === 'need-to' ? 2 : 3,
        start,
        end,
      );
    }
    case 'should':
    case 'ought':
      return hit('recommendation', 'recommendation.modal', 3, g.start, end);
    case 'may':
    case 'can':
    case 'could':
    case 'might': {
      // "You may want to …", "You might wish to …": advice.
      if (WISH.has(base) && t.w[v + 1] === 'to' && !neg && s.role !== 'org') {
        return hit('recommendation', 'recommendation.modal', 2, g.start, end);
      }
      if (g.modal === 'could' || g.modal === 'might' || c.circumstantial) return null;
      if (
        (base === 'expect' || ((base === 'count' || base === 'rely') && t.w[v + 1] === 'on')) &&
        s.role === 'reader' &&
        !neg
      ) {
        return hit('commitment', 'commitment.expect', 2, g.start, base === 'expect' ? end : v + 2);
      }
      if ((s.only || g.only) && !neg && !EPISTEMIC_VERBS.has(base)) {
        return hit('prohibition', 'prohibition.only', 3, start, end);
      }
      if (neg) {
        if (s.role === 'org') {
          return RESPONSE_VERBS.has(base)
            ? hit('permission', 'permission.negated-commitment', 2, g.start, end)
            : null;
        }
        if (s.role === 'thing' && !s.negative) {
          return CONTENT_VERBS.has(base) &&
            CONTENT_NOUNS.has(s.head) &&
            (g.modal === 'may' || g.modal === 'can')
            ? hit('prohibition', 'prohibition.content', 2, start, end)
            : null;
        }
        if (EPISTEMIC_VERBS.has(base) && !s.negative) return null;
        return hit(
          'prohibition',
          s.negative ? 'prohibition.negative-subject' : 'prohibition.negated-permission',
          g.modal === 'may' || s.negative ? 3 : 2,
          start,
          end,
        );
      }
      // Things do not post, share or comment: an unknown subject that does is a person ("Learners may post").
      const acting = s.role === 'thing' && PERSON_ACTS.has(base);
      if ((s.role === 'thing' && !acting) || s.role === 'there') return null;
      if (s.role === 'org' ? STATIVE_VERBS.has(base) : EPISTEMIC_VERBS.has(base)) return null;
      if (s.role === 'org') {
        if (isMeasure(c, v, base)) return hit('sanction', 'sanction.removal', 2, g.start, end);
        if (VALORIZING_VERBS.has(base))
          return hit('encouragement', 'encouragement.valorizing', 2, g.start, end);
        if (BENEFIT_VERBS.has(base) || (SPREADING_VERBS.has(base) && t.w[v + 1] === 'your')) {
          return hit('commitment', 'commitment.for-people', 2, g.start, end);
        }
        return hit('permission', 'permission.organization', 2, g.start, end);
      }
      return hit('permission', 'permission.modal', g.modal === 'may' ? 3 : 2, g.start, end);
    }
    case 'would': {
      const next = t.w[v + 1];
      if ((base === 'love' || base === 'like') && next === 'to') {
        return t.w[v + 2] === 'remind'
          ? hit('recommendation', 'recommendation.verb', 2, g.start, v + 3)
          : hit('encouragement', 'encouragement.verb', 2, g.start, v + 2);
      }
      if (base === 'appreciate') {
        return next === 'if' || (next === 'it' && t.w[v + 2] === 'if')
          ? hit('obligation', 'obligation.polite', 2, g.start, end)
          : hit('encouragement', 'encouragement.verb', 2, g.start, end);
      }
      return decideLexical(c, v, s, neg, g.start);
    }
    case 'will': {
      if (s.role === 'org') {
        if (neg) {
          if (base === 'accept' && acceptsLiability(c, v)) {
            return hit('informative', 'informative.disclaimer', 2, g.start, end);
          }
          if (TOLERATE_VERBS.has(base)) {
            return hit('prohibition', 'prohibition.not-tolerated', 3, g.start, end);
          }
          if (RESPONSE_VERBS.has(base))
            return hit('permission', 'permission.negated-commitment', 2, g.start, end);
          // "We will not publish comments that …" refuses content in breach; otherwise it reassures.
          if (REFUSED.has(base) && breachInView(c))
            return hit('sanction', 'sanction.removal', 2, g.start, end);
          return hit('commitment', 'commitment.reassurance', 2, g.start, end);
        }
        if (isMeasure(c, v, base)) return hit('sanction', 'sanction.removal', 3, g.start, end);
        if (SERVICE_VERBS.has(base)) return hit('informative', 'informative.announcement', 1, g.start, end);
        if (VALORIZING_VERBS.has(base))
          return hit('encouragement', 'encouragement.valorizing', 2, g.start, end);
        const lexical = decideLexical(c, v, s, false, g.start);
        if (lexical && lexical.label !== 'informative' && lexical.label !== 'commitment') return lexical;
        return hit('commitment', 'commitment.will', 2, g.start, end);
      }
      if (s.role === 'reader') {
        if (neg) return hit('prohibition', 'prohibition.will-not', 2, start, end);
        if (RECEIVE.has(base)) return hit('commitment', 'commitment.will', 2, g.start, end);
        // "The communications staff will help you": people who serve the reader speak for the organization.
        const object = t.w[v + 1];
        if (s.head !== 'you' && BENEFIT_VERBS.has(base) && (object === 'you' || object === 'your'))
          return hit('commitment', 'commitment.will', 2, g.start, end);
        if (EPISTEMIC_VERBS.has(base)) return null;
        return hit('obligation', 'obligation.will', 1, g.start, end);
      }
      if (s.negative && isMeasure(c, v, base)) {
        return hit('commitment', 'commitment.reassurance', 2, start, end);
      }
      // "Your information will remain confidential": privacy reassured.
      if (STAYING.has(base) && PRIVATE.has(t.w[v + 1]) && !neg) {
        return hit('commitment', 'commitment.will', 2, g.start, v + 2);
      }
      return null;
    }
    default:
      return null;
  }
}
