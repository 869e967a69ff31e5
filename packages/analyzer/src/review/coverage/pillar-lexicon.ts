/**
 * Words of the four pillars, on folded text (see `foldForMatch`): in headings (which pillar a section
 * says it serves) and in sentences (which pillar a sentence's content serves, beside its tone label).
 */
import type { Lang } from '../../types.js';
import type { Pillar } from '../types.js';

export interface PillarWords {
  /** A heading that names the pillar. */
  heading: RegExp;
  /** Words that alone show the pillar in a sentence (+1). */
  strong: RegExp;
  /** Words that lean toward it (+0.5). */
  weak: RegExp;
}

export const PILLAR_WORDS: Record<Lang, Record<Pillar, PillarWords>> = {
  fr: {
    encadrer: {
      heading:
        /\b(?:encadr\w*|regles?|cadre|interdits?|obligations?|sanctions?|consequences?|manquements?|responsabilites?|conduite|a eviter|usages? (?:acceptables?|interdits?)|utilisation acceptable|limites|devoirs|restrictions|conformite|code de conduite)\b/,
      strong:
        /\b(?:interdi(?:t|te|ts|tes|ction|ctions)|proscri\w*|sanction\w*|manquements?|mesures disciplinaires|infractions?|enfrei\w*|non-respect)\b/,
      weak: /\b(?:regles?|obligations?|obligatoires?|limites?|encadr\w*|conformite|responsabilit\w*|conditions d'utilisation|tolere\w*|toleran\w*)\b/,
    },
    communiquer: {
      heading:
        /\b(?:communiqu\w*|communications?|comptes? officiels?|pages? officielles?|publications?|publier|animation|gestion (?:de|des) (?:la )?(?:communaute|comptes|reseaux)|moderation|reponses?|nous joindre|relations? (?:avec les )?medias|porte-parole|presence (?:en ligne|sur les))\b/,
      strong:
        /\b(?:comptes? (?:officiels?|institutionnels?|de classe|d'ecole)|pages? officielles?|services? des communications|equipe des communications|gestion(?:naires?)? de (?:la )?communaute|moder(?:er|e|ons|ation|ateurs?|atrices?)|anim(?:er|ation|ons) (?:de |des |la |nos )?(?:communaute|comptes|pages|reseaux)|calendrier (?:de publication|editorial)|ligne editoriale|porte-parole|relations? (?:avec les )?medias|abonnes|repondre (?:aux|a vos|a tous) (?:commentaires|questions|messages)|delais? de reponse)\b/,
      weak: /\b(?:publi(?:er|ons|era|erons|cation|cations)|communiqu\w*|diffus\w*|communaute|interagi\w*|interactions?|nouvelles|actualites|comptes?|pages?|repond\w*|reponses?)\b/,
    },
    eduquer: {
      heading:
        /\b(?:eduqu\w*|education|formations?|sensibilisation|conseils?|astuces?|bonnes pratiques|bons reflexes|guide|ressources|recommandations|pour aller plus loin|apprendre|citoyennete numerique|prudence|securite en ligne)\b/,
      strong:
        /\b(?:conseils?|astuces?|bonnes pratiques|bons reflexes|formations?|sensibilis\w*|citoyennete numerique|pensez a|n'oubliez pas|gardez (?:a l'esprit|en tete)|eduqu\w*|education|guides?|ateliers?)\b/,
      weak: /\b(?:verifi\w*|parametres|informez-vous|ressources|reflechi\w*|prudence|prudent\w*|vigilan\w*|apprendre|apprentissage|securite|exemples?)\b/,
    },
    valoriser: {
      heading:
        /\b(?:valoris\w*|reconnaissance|initiatives?|bons coups|reussites|fiertes|vitrine|encouragements?|mettre en valeur|celebr\w*|felicitations|nos projets|rayonnement)\b/,
      strong:
        /\b(?:initiatives?|bons coups|valoris\w*|soulign(?:er|e|ons|ent|era|erons)|reconnaissance|reconn(?:aitre|ait|aissons)|felicit\w*|celebr\w*|(?:mettre|met|mettons|mis|mise) en (?:valeur|lumiere)|vitrine|fiertes?|reussites?|realisations|remerci\w*)\b/,
      weak: /\b(?:rayonn\w*|projets?|idees|succes|partag(?:er|ez) (?:vos|les|nos)|favoris\w*|encourag\w*|fier(?:e|s|es)?)\b/,
    },
  },
  en: {
    encadrer: {
      heading:
        /\b(?:frame(?:work)?|rules?|prohibit\w*|obligations?|sanctions?|consequences?|breach(?:es)?|responsibilit\w*|conduct|do(?:'s|s)? and don'?ts|what not to|acceptable use|limits|restrictions|compliance|enforcement|expectations)\b/,
      strong:
        /\b(?:prohibit\w*|forbidden|not (?:permitted|allowed|tolerated)|sanctions?|disciplinary|breach(?:es|ing)?|violat(?:e|es|ing|ion|ions))\b/,
      weak: /\b(?:rules?|obligations?|mandatory|required|limits?|compliance|comply|responsib\w*|terms of (?:use|service)|toleran\w*)\b/,
    },
    communiquer: {
      heading:
        /\b(?:communicat\w*|official (?:\w+ )?accounts?|posting|publishing|community management|moderation|responding|responses?|contact(?: us)?|media relations|spokes\w*|engagement|our (?:channels|accounts))\b/,
      strong:
        /\b(?:official (?:\w+ ){0,2}(?:accounts?|pages?|channels?)|communications? (?:team|office|department)|community manag\w*|moderat(?:e|es|ed|ing|ion|ors?)|content calendar|editorial calendar|posting schedule|spokes(?:person|people)|media relations|followers|(?:respond|reply) to (?:\w+ )?(?:comments|questions|messages)|response times?)\b/,
      weak: /\b(?:post(?:s|ed|ing)?|publish\w*|communicat\w*|share (?:news|updates)|community|engag\w*|interact\w*|news|updates|accounts?|pages?|channels?|respond\w*|repl(?:y|ies))\b/,
    },
    eduquer: {
      heading:
        /\b(?:educat\w*|training|awareness|tips|advice|best practices?|good practices?|guidance|guides?|resources|learn\w*|digital citizenship|staying safe|online safety|recommendations)\b/,
      strong:
        /\b(?:tips?|advice|best practices?|good practices?|training|awareness|digital citizenship|remember (?:to|that)|keep in mind|bear in mind|think (?:before|about|twice)|educat\w*|guides?|workshops?)\b/,
      weak: /\b(?:check|settings|resources|learn\w*|careful(?:ly)?|caution|vigilan\w*|safe(?:ty)?|examples?|consider)\b/,
    },
    valoriser: {
      heading:
        /\b(?:value|valuing|recognition|recogni[sz]ing|initiatives?|good news|celebrat\w*|showcase|success(?:es| stories)?|achievements|kudos|shout-?outs?|encouragement|highlights|spotlight)\b/,
      strong:
        /\b(?:initiatives?|good news|celebrat\w*|recogni[sz](?:e|es|ed|ing|ion)|showcas\w*|spotlight\w*|congratulat\w*|achievements?|accomplishments?|success stories|kudos|shout-?outs?|take pride|thank(?:s| you)?)\b/,
      weak: /\b(?:projects?|ideas?|successes|share your|highlight\w*|encourag\w*|proud|pride|promot\w*)\b/,
    },
  },
};
