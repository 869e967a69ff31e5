import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Respect and harassment: harassment, bullying, threats, hate, insults, denigration; or respect,
// courtesy and civility toward people. "Respectez ces consignes" is about rules, not people.
const FR_STRONG =
  /\b(?:harcel\w*|cyberharcel\w*|intimid\w*|cyberintimid\w*|menac\w*|insult\w*|injur\w*|haine|haineu\w*|discrimin\w*|diffam\w*|denigr\w*|ridiculis\w*|humili\w*|moqu(?:er|erie|eries|eur|euse|eurs|euses|ez)|meprisant\w*|mepris|attaques? (?:personnelles?|ad hominem)|racis\w*|sexis\w*|homophob\w*|transphob\w*|xenophob\w*|propos (?:offensants|blessants|violents|degradants|obscenes|vulgaires|grossiers|deplaces|irrespectueux)|irrespectueu\w*|courtois\w*|civilite|incivilit\w*|savoir-vivre|politesse|poli(?:e|s|es)?|respectueu(?:x|se|sement|ses)|bienveillan\w* (?:dans|envers|a l'egard|entre|les uns)|dignite|intimidation|violence verbale)\b/;
const FR_RESPECT_PEOPLE =
  /\brespect(?:er|ez|ons|e|ent)? (?:de |d'|des |du |mutuel|envers )?(?:autrui|les autres|l'autre|chacun|chacune|les personnes|toute personne|vos (?:collegues|pairs|interlocuteurs|eleves)|les (?:collegues|eleves|membres|internautes|abonnes|participants|opinions|differences)|mutuel|la dignite|leurs opinions|les opinions)/;
const FR_WEAK =
  /\b(?:bienveillan\w*|aimab\w*|cordia\w*|amabilite|gentillesse|constructi(?:f|ve|fs|ves)|blessant\w*|offensant\w*)\b/;

const EN_STRONG =
  /\b(?:harass\w*|bull(?:y|ying|ied|ies)|cyberbull\w*|intimidat\w*|threat(?:s|en|ens|ening)?|hate speech|hateful|hate|abusive|insult\w*|discriminat\w*|defamat\w*|personal attacks?|disrespect\w*|respectful(?:ly)?|courte(?:ous|ously|sy)|civility|incivility|civil (?:discourse|tone|manner|conversations?|discussions?)|polite(?:ly|ness)?|dignity|profanity|swear(?:ing)?|obscen\w*|slurs?|derogatory|demeaning|belittl\w*|ridicul(?:e|ing)|mock(?:ing|ery)?|racis\w*|sexis\w*|homophob\w*|transphob\w*|xenophob\w*|offensive|trolling|kindness)\b/;
const EN_RESPECT_PEOPLE =
  /\brespect(?:s|ed|ing)? (?:for )?(?:others|each other|one another|everyone|people|other people|colleagues|students|members|participants|the dignity|differing|different (?:views|opinions))/;
const EN_WEAK = /\b(?:kind|friendly|constructive|hurtful|offend\w*)\b/;

function score(s: SentenceView, strong: RegExp, people: RegExp, weak: RegExp): Evidence {
  if (strong.test(s.text) || people.test(s.text)) return 1;
  return weak.test(s.text) ? 0.5 : 0;
}

/** `coverage/respect`: respect for people, harassment and hateful or abusive behavior. */
export const respect: ClauseDetector = {
  id: 'respect',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:respect|harcelement|intimidation|cyberintimidation|civilite|courtoisie|savoir-vivre|netiquette|bienveillance)\b/,
      topic: /\b(?:comportements?|conduite|echanges|ton)\b/,
      not: /\brespect (?:de la vie privee|des droits d'auteur|de la confidentialite)\b/,
    },
    en: {
      strong:
        /\b(?:respect|harassment|bullying|cyberbullying|civility|courtesy|netiquette|kindness|hate speech)\b/,
      topic: /\b(?:behaviou?r|conduct|tone|engagement)\b/,
      not: /\brespect(?:ing)? (?:privacy|copyright|confidentiality)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_STRONG, FR_RESPECT_PEOPLE, FR_WEAK),
    en: (s) => score(s, EN_STRONG, EN_RESPECT_PEOPLE, EN_WEAK),
  },
};
