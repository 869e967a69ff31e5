import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// Image rights and consent: a picture, video, voice or face together with consent, permission or a
// release; or the right to one's image named as such. A picture alone is a mere mention.
const FR_RIGHT = /\b(?:droits? (?:a|sur) (?:l'|son |sa |leur )?image|droit a l'image)\b/;
const FR_IMAGE =
  /\b(?:photo(?:s|graphie|graphies|graphier|graphiez)?|images?|videos?|enregistrements?|film(?:er|ez|s|e|ee|ees)?|visages?|voix|prises? de vues?|captations?|selfies?|egoportraits?|capsules?)\b/;
const FR_CONSENT =
  /\b(?:consent(?:ement|ements|ir|i|ie|is|ies)|autorisation(?:s)?(?: parentale)?|autoris(?:er|e|ee|ent) (?:la|sa|leur|cette) (?:diffusion|publication|prise)|accord (?:ecrit|prealable|parental|expres|des|de|du|d')|permission|formulaires? (?:de|d') (?:consentement|autorisation)|refus(?:e|ent)? (?:de |la )?(?:diffusion|publication)|s'oppos(?:er|e|ent) a (?:la )?(?:diffusion|publication)|opposition)\b/;

const EN_RIGHT =
  /\b(?:image rights|right to (?:one's|their|his|her|your) (?:own )?image|likeness rights|(?:media|photo|image|video|publicity|model) (?:release|consent|permission)s?)\b/;
const EN_IMAGE =
  /\b(?:photo(?:s|graph|graphs|graphy|graphed|graphing)?|pictures?|images?|videos?|recordings?|footage|film(?:s|ed|ing)?|faces?|voices?|likeness(?:es)?|selfies?|headshots?)\b/;
const EN_CONSENT =
  /\b(?:consent(?:s|ed|ing)?|permission|releases?|release forms?|authori[sz]ation|opt(?:ed|s)?[- ](?:in|out)|waivers?|agree(?:d|s)? to (?:be|being) (?:photographed|filmed|recorded|pictured))\b/;

function score(s: SentenceView, right: RegExp, image: RegExp, consent: RegExp): Evidence {
  if (right.test(s.text)) return 1;
  if (!image.test(s.text)) return 0;
  return consent.test(s.text) ? 1 : 0.25;
}

/** `coverage/image-consent`: image rights, and consent before publishing people's pictures. */
export const imageConsent: ClauseDetector = {
  id: 'image-consent',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /\b(?:droits? (?:a|sur) l'image|consentement|autorisations? de (?:diffusion|publication)|photos? et consentement)\b/,
      topic: /\b(?:photos?|images?|videos?|photographies)\b/,
    },
    en: {
      strong:
        /\b(?:image rights|consent|media releases?|photo releases?|photo (?:and|&) video permissions?|permissions? to (?:photograph|film|post))\b/,
      topic: /\b(?:photos?|images?|videos?|pictures|photography)\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_RIGHT, FR_IMAGE, FR_CONSENT),
    en: (s) => score(s, EN_RIGHT, EN_IMAGE, EN_CONSENT),
  },
};
