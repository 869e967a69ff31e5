/**
 * Clause coverage and pillar detection: which key clauses a charter covers, with the sentences that
 * cover them, and which of the four pillars each section serves. Pure and linear.
 */
export { detectCoverage } from './detect.js';
export { detectSectionPillars, pillarScores } from './pillars.js';
