/**
 * Suggestions that turn a restrictive sentence positive: the concrete rewording when the rewrite module
 * has one for the sentence's grammar, and (optionally) an enabling sentence to add right after it.
 */
import type { Lang } from '../../../types.js';
import type { ReviewFacts } from '../../facts.js';
import { suggestionTitle } from '../../messages.js';
import { enablingTemplate, rewordSentence } from '../../rewrite/index.js';
import type { RelativeSuggestion } from '../../rule.js';

/**
 * @example
 * positiveSuggestions(facts, 'fr', 4, { template: true }).map((s) => s.title)
 * // → ['Reformuler : « Publiez la photo d’un élève une fois le consentement … obtenu »', 'Ajouter une phrase …']
 */
export function positiveSuggestions(
  facts: ReviewFacts,
  lang: Lang,
  index: number,
  with_: { template: boolean },
): RelativeSuggestion[] {
  const sentence = facts.sentences[index];
  const suggestions: RelativeSuggestion[] = [];
  const rewording = rewordSentence({
    text: sentence.text,
    lang: sentence.lang,
    tone: sentence.tone,
    organization: facts.organization,
  });
  if (rewording && rewording.end >= rewording.start) {
    suggestions.push({
      title: suggestionTitle(lang, 'reword', { result: rewording.result }),
      edits: [
        {
          kind: 'replace',
          sentence: index,
          start: rewording.start,
          end: rewording.end,
          text: rewording.replacement,
        },
      ],
    });
  }
  const template = with_.template
    ? enablingTemplate(sentence.tone.label, sentence.lang, facts.organization)
    : '';
  if (template) {
    suggestions.push({
      title: suggestionTitle(lang, 'addEnabling', { text: template }),
      edits: [{ kind: 'insert-after-sentence', sentence: index, text: template }],
    });
  }
  return suggestions;
}
