import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';
import { EN_SELF, FR_SELF } from './shared.js';

// What a charter says it is for: it names itself and says what it does or aims at.
// A passive ("sera expliqué aux élèves") says what is done with the charter, not what it is for.
const FR_AIM =
  /(?<!\b(?:sera|seront|est|sont|etre|ete|fut|soit) )\b(?:vis(?:e|ent) a|(?:a|ont) pour (?:but|objet|objectif|mission|fonction|vocation)|ser(?:t|vent) a|permet(?:tent|tra|tront)? (?:de|d')|dit comment|expliqu(?:e|ent)|precis(?:e|ent)|defini(?:t|ssent)|etabli(?:t|ssent)|encadr(?:e|ent)|balis(?:e|ent)|enonc(?:e|ent)|present(?:e|ent)|decri(?:t|vent)|fix(?:e|ent)|rassembl(?:e|ent)|reuni(?:t|ssent)|orient(?:e|ent)|propos(?:e|ent)|regi(?:t|ssent)|ont ete (?:redigees|concues|elaborees)|a ete (?:redige|redigee|concu|concue|elabore|elaboree))\b/;
const FR_AIM_NOUN =
  /\b(?:but|objet|objectif|raison d'etre|finalite|mission)s? (?:de|du) (?:cette|ce|cet|la presente|le present|notre)\b/;
const FR_AIM_ALONE =
  /\b(?:(?:a|ont) pour (?:but|objet|objectif)|voici (?:comment|pourquoi)|afin que|pour que)\b/;

const EN_AIM =
  /(?<!\b(?:be|is|are|was|were|been) )\b(?:explains?|sets? out|outlines?|describes?|defines?|establish(?:es)?|aims? to|(?:is|are) (?:intended|designed|meant) to|exists? to|provides?|gives?|clarif(?:y|ies)|lays? out|governs?|is here to|(?:was|were|has been|have been) (?:written|designed|created|developed) to)\b/;
const EN_AIM_NOUN = /\b(?:purpose|aim|goal|objective|intent)s? of (?:this|these|the present|our)\b/;
const EN_AIM_ALONE = /\b(?:purpose|here is how|this is how|so that)\b/;

function french(s: SentenceView): Evidence {
  if (FR_AIM_NOUN.test(s.text)) return 1;
  const self = s.text.match(FR_SELF);
  // The aim is looked for outside the self-reference, so that "ce guide" is not also the verb "guide".
  if (self && FR_AIM.test(s.text.replace(self[0], ' '))) return 1;
  return FR_AIM_ALONE.test(s.text) ? 0.25 : 0;
}

function english(s: SentenceView): Evidence {
  if (EN_AIM_NOUN.test(s.text)) return 1;
  const self = s.text.match(EN_SELF);
  if (self && EN_AIM.test(s.text.replace(self[0], ' '))) return 1;
  return EN_AIM_ALONE.test(s.text) ? 0.25 : 0;
}

/** `coverage/purpose`: what the charter is for. */
export const purpose: ClauseDetector = {
  id: 'purpose',
  sanctions: 'weak',
  headings: {
    fr: {
      strong:
        /^(?:(?:l')?objet|(?:le |les )?buts?|(?:les? )?objectifs?|raison d'etre|finalite|preambule|pourquoi (?:une|cette|la|notre) (?:charte|politique)|a quoi sert|intention|notre intention)\b/,
      topic:
        /\b(?:introduction|contexte|mise en contexte|presentation|principes?(?: directeurs)?|orientations?|mot de)\b/,
    },
    en: {
      strong:
        /^(?:purpose|aims?|goals?|objectives?|intent|rationale|why (?:this|a|our) (?:charter|policy|guidance)|about (?:this|these|our) (?:charter|policy|guidelines))\b/,
      topic: /\b(?:introduction|background|overview|context|principles|preamble)\b/,
    },
  },
  content: { fr: french, en: english },
};
