import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Personal use and speaking in one's own name: personal accounts and opinions, speaking for the
// organization or not, the duty of discretion, life outside work.
const FR_STRONG =
  /\b(?:a titre (?:personnel|prive|individuel)|(?:en|a) (?:votre|son|leur|mon|notre|ton) (?:propre )?nom|comptes? (?:personnel|prive)s?|profils? (?:personnel|prive)s?|pages? (?:personnelle|privee)s?|(?:usage|utilisation|fins?) (?:personnel|personnelle|privee)s?|vie (?:personnelle|privee en ligne)|(?:opinions?|convictions?|idees|points? de vue|propos) personnel(?:le)?s?|(?:son|sa|ses|votre|vos|leur|leurs|mes|nos) (?:propres? )?(?:opinions?|convictions?)|liberte d'(?:expression|opinion)|devoir de (?:reserve|loyaute|discretion)|(?:s'exprimer|parler|intervenir|publier|repondre|se prononcer) (?:publiquement )?(?:au nom|a la place) d|au nom (?:de l'|du |de la |des )(?:organisation|organisme|etablissement|ecole|employeur|centre|ville|municipalite|entreprise|conseil|commission|college|universite|administration|service)|porte-parole|n'engage(?:nt)? que|hors (?:du )?travail|en dehors (?:du travail|des heures de travail|de vos fonctions|de l'ecole|du cadre professionnel)|en conge)\b/;
const FR_WEAK =
  /\b(?:opinions?|avis|represent(?:er|ez|e|ent|ant|ation)|image de (?:l'|la |votre )\w+|reputation)\b/;

const EN_STRONG =
  /\b(?:personal (?:accounts?|pages?|profiles?|capacity|use|opinions?|views?|social media|expression|blogs?|sites?|channels?|time|life|brand)|(?:your|their|his|her|one's|my|our) own (?:name|views?|opinions?|behalf|account)|on behalf of|speak(?:s|ing)? (?:for|on behalf)|views? (?:are|is) (?:my|their|your|his|her) own|(?:in|a) private capacity|off[- ]duty|outside (?:of )?(?:work|working hours|school)|spokes(?:person|persons|people)|identify (?:yourself|themselves|himself|herself) (?:online )?as|right to (?:personal|political|free) (?:and political )?expression|freedom of (?:speech|expression)|personal and political|political (?:views|opinions|expression|activity)|represent(?:s|ing)? (?:the|your) (?:school|university|district|company|organi[sz]ation|council|employer|department|government))\b/;
const EN_WEAK = /\b(?:opinions?|views|represent(?:s|ing|ation)?|reputation)\b/;

function score(s: SentenceView, strong: RegExp, weak: RegExp): Evidence {
  if (strong.test(s.text)) return 1;
  return weak.test(s.text) ? 0.25 : 0;
}

/** `coverage/personal-use`: personal use and speaking in one's own name. */
export const personalUse: ClauseDetector = {
  id: 'personal-use',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:usage personnel|utilisation personnelle|a titre personnel|comptes? personnels?|vie privee et vie professionnelle|en (?:votre|son) (?:propre )?nom|au nom de|liberte d'expression|devoir de reserve|porte-parole|prendre la parole)\b/,
      topic: /\b(?:personnel(?:le)?|parole|expression|opinions?)\b/,
      not: /\b(?:renseignements|donnees|informations) personnel/,
    },
    en: {
      strong:
        /\b(?:personal (?:use|accounts?|capacity|social media|views|opinions?)|(?:your|in your) own name|speaking (?:for|on behalf)|on behalf of|freedom of (?:speech|expression)|spokes(?:person|people)|off[- ]duty)\b/,
      topic: /\b(?:personal|speaking|expression|opinions?)\b/,
      not: /\bpersonal (?:information|data|details)\b/,
    },
  },
  content: { fr: (s) => score(s, FR_STRONG, FR_WEAK), en: (s) => score(s, EN_STRONG, EN_WEAK) },
};
