/**
 * What every rule may read about the document under review. Some facts are known before the walk
 * (coverage, pillars); the others are tallied by the engine during its one walk, and each says when
 * it is complete, so that no rule has to count for itself.
 */
import type { AnalyzedSentence, CharterDocument, LabelCounts, Lang } from '../types.js';
import type { ClauseCoverage, ClauseId, OrganizationProfile, Pillar, Readability } from './types.js';

export interface ReviewFacts {
  readonly document: CharterDocument;
  readonly sentences: readonly AnalyzedSentence[];
  /** The document's language. */
  readonly lang: Lang;
  readonly organization: OrganizationProfile;
  /** Coverage of every clause, in `CLAUSES` order. Known before the walk. */
  readonly coverage: readonly ClauseCoverage[];
  /** The pillars each section serves, by section index. Known before the walk. */
  readonly sectionPillars: readonly (readonly Pillar[])[];
  /** Label counts of each section's own sentences (not its subsections'). Complete at the section's exit. */
  readonly sectionCounts: readonly LabelCounts[];
  /** Enabling sentences in each block. Complete at the exit of the block's section. */
  readonly blockEnabling: Readonly<Int32Array>;
  /** Label counts of the whole document. Known before the walk. */
  readonly documentCounts: LabelCounts;
  /** Words of each sentence, as readability counts them. Set before the sentence's hook runs. */
  readonly sentenceWords: Readonly<Int32Array>;
  /** The document's readability. Complete at `end`. */
  readonly readability: Readability;
  /** Coverage of one clause. */
  clause(id: ClauseId): ClauseCoverage;
}
