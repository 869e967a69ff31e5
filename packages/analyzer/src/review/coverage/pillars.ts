import type { Lang, ToneLabel } from '../../types.js';
import { PILLARS, type Pillar, type ReviewInput } from '../types.js';
import { sectionTitles } from './headings.js';
import { PILLAR_WORDS } from './pillar-lexicon.js';
import { foldForMatch, foldSentence } from './text.js';

const P = PILLARS.length;

/** What a tone label says of the pillar a sentence serves, before its words are read. */
const LABEL_PRIOR: Record<ToneLabel, Partial<Record<Pillar, number>>> = {
  prohibition: { encadrer: 1 },
  obligation: { encadrer: 1 },
  sanction: { encadrer: 1 },
  recommendation: { eduquer: 1 },
  encouragement: { valoriser: 0.5 },
  permission: {},
  commitment: {},
  informative: {},
};

/** A sentence votes for its strongest pillars when they reach this score. */
const VOTE = 1;
/** A section serves a pillar by content alone when at least this share of its voting sentences vote for it. */
const SHARE = 1 / 3;

/**
 * How much one sentence serves each pillar (in `PILLARS` order): its label's prior plus its words
 * (+1 strong, +0.5 weak, words capped at +1 per pillar).
 *
 * @example
 * pillarScores('Nous soulignons les bons coups de nos équipes.', 'encouragement', 'fr') // → [0, 0, 0, 1.5]
 */
export function pillarScores(text: string, label: ToneLabel, lang: Lang): number[] {
  return scoresOfFolded(foldForMatch(text), label, lang);
}

function scoresOfFolded(folded: string, label: ToneLabel, lang: Lang): number[] {
  return scoresInto(new Array<number>(P), folded, label, lang);
}

/** Writes a sentence's pillar scores into `out` (reused across sentences, so no array per sentence). */
function scoresInto(out: number[], folded: string, label: ToneLabel, lang: Lang): number[] {
  const prior = LABEL_PRIOR[label];
  const lexicon = PILLAR_WORDS[lang];
  for (let p = 0; p < P; p++) {
    const pillar = PILLARS[p];
    const words = lexicon[pillar];
    const lexical = words.strong.test(folded) ? 1 : words.weak.test(folded) ? 0.5 : 0;
    out[p] = (prior[pillar] ?? 0) + lexical;
  }
  return out;
}

/** Per-section tallies; the `subtree*` fields include descendant sections. */
interface Tally {
  votes: number[];
  voters: number;
  subtreeContent: number;
  subtreeVoters: number;
  subtreeTouched: boolean[];
}

/**
 * The pillars each section serves, by section index, from its heading (FR/EN synonyms) and its
 * content (the tone labels and words of its sentences). A section serves a pillar when
 * - its heading (not the document's title) names the pillar and the content under it (subsections included) touches that
 *   pillar, or is neutral throughout (a heading is not believed against its content); or
 * - at least a third of its own sentences that clearly serve some pillar serve this one (a section
 *   that is mostly encouragement serves « valoriser » whatever its heading).
 * The root section counts when it has content. Linear in sentences and sections.
 *
 * @example
 * detectSectionPillars(input) // → [[], [], ['encadrer'], ['communiquer'], ['eduquer'], ['valoriser']]
 */
export function detectSectionPillars(input: ReviewInput): Pillar[][] {
  const { sections, sentences, blocks } = input;
  const tallies: Tally[] = sections.map(() => ({
    votes: new Array<number>(P).fill(0),
    voters: 0,
    subtreeContent: 0,
    subtreeVoters: 0,
    subtreeTouched: new Array<boolean>(P).fill(false),
  }));
  const scores = new Array<number>(P).fill(0);
  for (const sentence of sentences) {
    const tally = tallies[sentence.section];
    if (!tally || blocks[sentence.block]?.kind === 'heading') continue;
    scoresInto(scores, foldSentence(sentence), sentence.tone.label, sentence.lang);
    let best = scores[0];
    for (let p = 1; p < P; p++) if (scores[p] > best) best = scores[p];
    tally.subtreeContent++;
    for (let p = 0; p < P; p++) if (scores[p] > 0) tally.subtreeTouched[p] = true;
    if (best < VOTE) continue;
    tally.voters++;
    tally.subtreeVoters++;
    for (let p = 0; p < P; p++) if (scores[p] === best) tally.votes[p]++;
  }
  // Children come after their parent, so one backward pass adds every subtree into its parent.
  for (let i = sections.length - 1; i > 0; i--) {
    const parent = sections[i].parent;
    if (parent === null || parent >= i) continue;
    const from = tallies[i];
    const to = tallies[parent];
    to.subtreeContent += from.subtreeContent;
    to.subtreeVoters += from.subtreeVoters;
    for (let p = 0; p < P; p++) to.subtreeTouched[p] ||= from.subtreeTouched[p];
  }
  const titles = sectionTitles(sections);
  return sections.map((_, i) => {
    const tally = tallies[i];
    const title = titles[i] ?? null;
    return PILLARS.filter((pillar, p) => {
      const named = title !== null && headingNames(title, pillar);
      const heard = tally.subtreeTouched[p] || (tally.subtreeContent > 0 && tally.subtreeVoters === 0);
      if (named && heard) return true;
      return tally.votes[p] >= 1 && tally.votes[p] >= SHARE * tally.voters;
    });
  });
}

function headingNames(title: string, pillar: Pillar): boolean {
  return PILLAR_WORDS.fr[pillar].heading.test(title) || PILLAR_WORDS.en[pillar].heading.test(title);
}
