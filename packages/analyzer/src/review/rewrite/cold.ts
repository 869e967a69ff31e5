/**
 * What makes an obligation "cold": a bare "doit"/"must" rule that gives no reason, offers no help and
 * is not a legal duty. Only cold obligations are reworded; a rule that explains itself, points to help
 * or restates the law keeps its words.
 */
import type { Lang } from '../../types.js';

/** A case-insensitive pattern of whole words (letters on neither side), accents included. */
function words(body: string): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${body})(?!\\p{L})`, 'iu');
}

const REASON: Record<Lang, RegExp[]> = {
  fr: [
    words(
      "afin (?:de|d'|que|qu')|pour (?:que|qu')|car|parce (?:que|qu')|puisque|puisqu'|dans le but|de (?:façon|manière|sorte) (?:à|que|qu')|ce qui (?:permet|aide|protège|évite)",
    ),
    /^pour \p{L}+(?:er|ir|re)(?!\p{L})|, pour \p{L}+(?:er|ir|re)(?!\p{L})/iu,
  ],
  en: [
    words(
      'so that|in order to|because|since|as this|as it|which (?:helps|protects|keeps|ensures)|this (?:helps|protects|keeps|ensures)',
    ),
    /^to \p{L}+ [^,]*,|, to (?:protect|ensure|keep|avoid|help|make sure)(?!\p{L})/iu,
  ],
};

const HELP: Record<Lang, RegExp[]> = {
  fr: [
    words(
      "aide|aider|aidera|aideront|accompagn\\p{L}*|soutien|n'hésitez|contactez|écrivez|adressez-vous|communiquez avec|renseignez-vous",
    ),
  ],
  en: [words('help|helps|support|assist|reach out|contact|feel free|ask (?:the|your|us)')],
};

const LEGAL: Record<Lang, RegExp[]> = {
  fr: [
    words(
      "lois?|légale?s?|légaux|législation|règlements?|réglementaires?|juridiques?|conformément|en vertu|code civil|code criminel|code de déontologie|droits? d'auteur|charte des droits|conditions d'utilisation|tribunal|tribunaux",
    ),
  ],
  en: [
    words(
      'laws?|legal|legally|legislation|regulations?|regulatory|statutes?|statutory|code of conduct|copyright|terms of (?:use|service)|court|FERPA|COPPA|GDPR|PIPEDA|HIPAA',
    ),
  ],
};

/**
 * True when an obligation is cold: no reason, no help, no law in it.
 *
 * @example
 * isColdObligation('Vous devez adopter un ton courtois.', 'fr') // → true
 * isColdObligation('Vous devez respecter la Loi sur le droit d’auteur.', 'fr') // → false
 */
export function isColdObligation(text: string, lang: Lang): boolean {
  const t = text.replace(/[’ʼ]/g, "'");
  return ![...REASON[lang], ...HELP[lang], ...LEGAL[lang]].some((re) => re.test(t));
}
