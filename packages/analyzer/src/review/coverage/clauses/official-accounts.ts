import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Who may open and run the organization's accounts: an official account (or a class, school, unit
// account) with a verb of opening, managing or approving, or the role of account manager.
const FR_OFFICIAL =
  /\b(?:comptes?|pages?|chaines?|profils?|groupes?|presences?)(?: \w+){0,2} (?:officiel(?:le)?s?|institutionnel(?:le)?s?|de (?:classe|l'ecole|l'etablissement|l'organisation|l'organisme|service|l'equipe|groupe|la ville|la municipalite|l'entreprise|projet)|d'(?:ecole|etablissement|equipe)|scolaires?)\b/;
const FR_ROLE =
  /\b(?:gestionnaires?|administrat(?:eur|eurs|rice|rices)|responsables?|animat(?:eur|eurs|rice|rices)) (?:de|des|du) (?:comptes?|pages?|chaines?|medias sociaux|reseaux sociaux)\b/;
const FR_ACT =
  /\b(?:ouvr(?:ir|e|ez|ent|ons)|ouvert(?:e|s|es)?|ouverture|cre(?:er|ez|ent|ation)|cree(?:e|s|es)?|ger(?:er|e|ez|ent)|gestion|administr\w*|anim(?:er|e|ez|ent|ation)|approuv\w*|approbation|autoris\w*|inscri(?:re|vez)|enregistr\w*|ferm(?:er|ez|eture)|inventaire|registre|mots? de passe|acces|charge(?:e|s|es)? d|aval|accord)\b/;

const EN_OFFICIAL =
  /\b(?:official(?: \w+){0,3} (?:accounts?|pages?|channels?|profiles?|presences?|handles?|sites?)|(?:class|school|department(?:al)?|unit|team|club|district|university|college|council|city|town|county|company|organi[sz]ation(?:al)?|corporate|branded)(?: \w+){0,2} (?:social media )?(?:accounts?|pages?|channels?|profiles?|handles?)|accounts? (?:for|of|on behalf of) (?:a|an|the|any|your) (?:university|school|department|unit|district|team|class|organi[sz]ation|company)|affiliated accounts?)\b/;
const EN_ROLE =
  /\b(?:page|account|channel|site|social media) (?:administrators?|admins?|managers?|owners?|editors?|leads?)\b|\badmin(?:istrator)? (?:access|rights|role|privileges)\b/;
const EN_ACT =
  /\b(?:open(?:s|ed|ing)?|creat(?:e|es|ed|ing|ion)|set(?:s|ting)? up|launch(?:es|ed|ing)?|start(?:s|ed|ing)?|manag(?:e|es|ed|ing)|run(?:s|ning)?|administ(?:er|ers|ered|ering|ration)|approv(?:e|es|ed|al)|authori[sz](?:e|es|ed|ation)|register(?:s|ed)?|maintain(?:s|ed)?|clos(?:e|es|ed|ing)|passwords?|access|oversee(?:s|n)?|responsible for)\b/;
const EN_GENERIC = /\b(?:accounts?|pages?|channels?)\b/;
const FR_GENERIC = /\b(?:comptes?|pages?|chaines?)\b/;

function score(s: SentenceView, official: RegExp, role: RegExp, act: RegExp, generic: RegExp): Evidence {
  const text = s.text;
  if (role.test(text)) return 1;
  const found = text.match(official);
  if (found) return act.test(text.replace(found[0], ' ')) ? 1 : 0.5;
  return generic.test(text) && act.test(text) ? 0.5 : 0;
}

/** `coverage/official-accounts`: who may open and run the organization's accounts. */
export const officialAccounts: ClauseDetector = {
  id: 'official-accounts',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:comptes? (?:officiels?|institutionnels?|de classe|d'ecole)|pages? officielles?|ouverture (?:d'un|des) comptes?|gestion des comptes|creation (?:d'un|de|des) comptes?|gestionnaires? de comptes?|presence officielle)\b/,
      topic: /\b(?:comptes?|pages?|gestion)\b/,
    },
    en: {
      strong:
        /\b(?:official (?:\w+ )?(?:accounts?|pages?|channels?|presence)|(?:opening|creating|setting up|managing|running) (?:an |a |new )?(?:\w+ )?accounts?|account (?:management|creation|administration|managers?)|(?:class|school|department) accounts?)\b/,
      topic: /\b(?:accounts?|pages?|channels?)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_OFFICIAL, FR_ROLE, FR_ACT, FR_GENERIC),
    en: (s) => score(s, EN_OFFICIAL, EN_ROLE, EN_ACT, EN_GENERIC),
  },
};
