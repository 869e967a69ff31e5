/**
 * Fixed phrases that carry force on their own: "mieux vaut", "la meilleure façon … est de",
 * "merci de" (polite order) vs "merci pour" (thanks), "interdiction de", "tolérance zéro",
 * "passible de", "il incombe à", "il convient de", "heureux de" + pledge or welcome, "Bienvenue".
 */

import type { ToneLabel } from '../../types.js';
import { infinitiveEntry } from './complement.js';
import { type Ctx, is, type Proposed, propose, skipAdverbs, type Why, w } from './context.js';
import { F } from './lexicon.js';
import { compile, type Match, matchAt, type Pattern, PatternIndex } from './pattern.js';
import { VC } from './verbs.js';

interface PhraseRule {
  pattern: Pattern;
  apply: (c: Ctx, m: Match) => void;
}

const fixed = (source: string, label: ToneLabel, conf: number, why: Why = 'lexical'): PhraseRule => ({
  pattern: compile(source, {}),
  apply: (c, m) => propose(c, label, conf, m.head, m.s, m.e, why),
});

/** Only at the start of the main clause: verbless rule lines ("Interdiction de …", "Pas de …"). */
const atStart = (source: string, label: ToneLabel, conf: number): PhraseRule => ({
  pattern: compile(source, {}),
  apply: (c, m) => {
    if (m.s === c.mainStart) propose(c, label, conf, m.head, m.s, m.e, 'lexical');
  },
});

/** "Merci de respecter" / "Prière de ne pas" keep their force (rule 8); "Merci pour" thanks. */
function politeOrThanks(c: Ctx, m: Match): Proposed {
  let k = m.e;
  if (w(c, k) !== 'de' && w(c, k) !== "d'") {
    return w(c, m.s) === 'merci' ? propose(c, 'encouragement', 0.85, m.s, m.s, m.e, 'lexical') : undefined;
  }
  k = skipAdverbs(c, k + 1);
  if (w(c, k) === 'bien' && w(c, k + 1) === 'vouloir') k += 2;
  if (is(c, k, F.NE) && is(c, k + 1, F.NEG_BEFORE_INF)) {
    return propose(c, 'prohibition', 0.88, m.s, m.s, k + 2, 'polite');
  }
  while (/^(?:le|la|les|l'|y|en|vous|nous|se|s'|leur|lui)$/.test(w(c, k)) && infinitiveEntry(w(c, k + 1)))
    k++;
  const inf = infinitiveEntry(w(c, k));
  // "Merci de contribuer…", "Merci de partager…": thanks for taking part, not an order.
  if (inf && inf.cls & VC.INVITING && w(c, m.s) === 'merci') {
    return propose(c, 'encouragement', 0.75, m.s, m.s, k + 1, 'lexical');
  }
  if (inf) return propose(c, 'obligation', 0.85, m.s, m.s, k + 1, 'polite');
  return w(c, m.s) === 'merci' ? propose(c, 'encouragement', 0.85, m.s, m.s, m.e, 'lexical') : undefined;
}

/** "Nous sommes heureux de vous offrir…" pledges; "heureux de dialoguer avec vous" welcomes. */
function gladTo(c: Ctx, m: Match): void {
  let k = m.e;
  while (/^(?:vous|nous|le|la|les|l'|y|en|leur|lui)$/.test(w(c, k))) k++;
  const inf = infinitiveEntry(w(c, k));
  const pledge =
    inf &&
    !(inf.cls & VC.VALORIZE) &&
    (inf.cls & VC.HELP ||
      /^(?:offrir|fournir|presenter|proposer|annoncer|lancer|organiser|repondre)$/.test(inf.lemma) ||
      (inf.lemma === 'mettre' && w(c, k + 1) === 'a'));
  if (pledge) propose(c, 'commitment', 0.8, m.head, m.s, k + 1, 'org-pledge');
  else propose(c, 'encouragement', 0.8, m.head, m.s, m.e, 'lexical');
}

/** "Nous sommes là pour vous": "là" with its accent, not the article "la". */
function hereFor(c: Ctx, m: Match): void {
  const t = c.toks[m.s + 1];
  if (t && c.text.slice(t.s, t.e).toLowerCase() === 'là')
    propose(c, 'commitment', 0.75, m.s, m.s, m.e, 'org-pledge');
}

const RULES: PhraseRule[] = [
  fixed('^mieux vaut', 'recommendation', 0.9),
  fixed(
    "^meilleure|meilleur facon|maniere|chose|pratique|approche|solution|option|strategie|moyen|reflexe|attitude *6 est|consiste|reste|demeure de|d'|a",
    'recommendation',
    0.85,
  ),
  fixed("le ^mieux est|reste de|d'", 'recommendation', 0.8),
  fixed('^voici', 'informative', 0.6, 'definition'),
  { pattern: compile('merci|priere', {}), apply: politeOrThanks },
  fixed('^bravo|felicitations|bienvenue', 'encouragement', 0.85),
  fixed("^au plaisir de|d'", 'encouragement', 0.8),
  fixed('^tolerance zero', 'prohibition', 0.85),
  fixed('^zero tolerance', 'prohibition', 0.85),
  atStart("^interdiction|defense de|d'", 'prohibition', 0.85),
  atStart("^pas|jamais de|d'", 'prohibition', 0.75),
  atStart('^attention a|au|aux', 'recommendation', 0.7),
  fixed("^libre a vous|chacun|chacune|tous|toi|eux|elles de|d'", 'permission', 0.8),
  fixed("il ^releve|relevera de|d'|du|des *5 de|d'", 'obligation', 0.7),
  fixed("^sous peine de|d'", 'sanction', 0.75, 'penalty'),
  fixed("^passible|passibles de|d'", 'sanction', 0.95, 'penalty'),
  fixed(
    'il vous|leur|lui|nous|te? ^incombe|appartient|revient|incombera|appartiendra|reviendra',
    'obligation',
    0.85,
  ),
  fixed("c' ^est a|au|aux vous|chacun|chacune|toi|tous|chaque|l'|la|le|les *3 de|d'", 'obligation', 0.75),
  fixed("il ^convient de|d'", 'recommendation', 0.8),
  fixed("il y a ^lieu de|d'", 'recommendation', 0.75),
  fixed("il ^importe de|d'|que|qu'", 'recommendation', 0.85),
  fixed('^gagnerait|gagneraient|gagneriez|gagnerez|gagnez a', 'recommendation', 0.7),
  fixed('nous ^comptons sur', 'encouragement', 0.75),
  fixed('^compte|comptent|importe|importent ~ pour nous|moi', 'encouragement', 0.75),
  fixed('nous ^tient|tiennent a coeur', 'encouragement', 0.7),
  fixed('^compte|comptent sur vous|votre|vos|chacun', 'encouragement', 0.75),
  {
    pattern: compile(
      "^heureux|heureuse|heureuses|fier|fiers|fiere|fieres|ravi|ravis|ravie|ravies|content|contents|contente|contentes|enchante|enchantes de|d'",
      {},
    ),
    apply: gladTo,
  },
  { pattern: compile('est|sont|sommes|suis|restons|reste la pour', {}), apply: hereFor },
  fixed("rien n'|ne vous? ^empeche|interdit|empechera", 'permission', 0.8),
  fixed("sentez -vous ^libre|libres de|d'", 'encouragement', 0.85),
  fixed(
    '^constitue|constituent|represente|representent une|un faute|infraction|violation|manquement|delit',
    'prohibition',
    0.7,
  ),
  fixed("c' est avec ^plaisir que|qu'", 'encouragement', 0.8),
  fixed("sommes ^conscients|conscientes que|qu'", 'informative', 0.7, 'recognize'),
  fixed("nous ^savons|comprenons que|qu'", 'informative', 0.65, 'recognize'),
];

const INDEX = new PatternIndex(RULES);

/**
 * Runs the phrase rules that can start at token `i`.
 *
 * @example
 * // "Mieux vaut faire preuve de discrétion." → recommendation
 */
export function phraseRules(c: Ctx, i: number): void {
  const rules = INDEX.at(c.toks[i].w);
  if (!rules) return;
  for (const r of rules) {
    const m = matchAt(r.pattern, c.toks, i);
    if (m) r.apply(c, m);
  }
}

/**
 * Whether some phrase rule can start with this word.
 *
 * @example
 * startsPhrase('mieux') // → true
 * startsPhrase('photo') // → false
 */
export function startsPhrase(word: string): boolean {
  return INDEX.at(word) !== undefined;
}
