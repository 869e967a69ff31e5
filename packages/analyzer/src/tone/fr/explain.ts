/**
 * Short French explanations: the cue in guillemets, then what it does and which rule decided.
 */
import type { ToneLabel } from '../../types.js';
import type { Why } from './context.js';

/** The label as a French noun phrase. */
const LABEL_FR: Readonly<Record<ToneLabel, string>> = {
  prohibition: 'interdiction',
  obligation: 'obligation',
  recommendation: 'recommandation',
  permission: 'permission',
  encouragement: 'encouragement',
  commitment: 'engagement',
  sanction: 'sanction',
  informative: 'information',
};

/** What a cue does, by label, when no more specific reason applies. */
const DOES: Readonly<Record<ToneLabel, string>> = {
  prohibition: 'exprime une interdiction',
  obligation: 'exprime une obligation',
  recommendation: 'exprime un conseil (recommandation)',
  permission: 'accorde une permission',
  encouragement: 'invite, encourage ou remercie (encouragement)',
  commitment: "exprime un engagement de l'organisation",
  sanction: "annonce la conséquence d'un manquement (sanction)",
  informative: 'décrit ou définit, sans force prescriptive (informative)',
};

/** Reasons whose wording does not depend on the label. */
const BECAUSE: Partial<Readonly<Record<Why, string>>> = {
  'negated-permission': 'une permission niée devient une interdiction',
  'negated-obligation': 'une obligation niée laisse le choix (permission)',
  'negated-prohibition': 'une interdiction niée laisse le choix (permission)',
  'negated-commitment': "l'organisation ne s'engage pas et garde le choix (permission)",
  'negated-sanction': "l'organisation écarte une mesure contre les personnes (engagement)",
  reassurance: "l'organisation exclut ce qui nuirait aux personnes (engagement)",
  'negated-complement': 'demander de ne pas faire revient à interdire (interdiction)',
  'avoid-complement': "l'obligation de s'abstenir est une interdiction",
  only: 'la permission réservée à certains est interdite aux autres (interdiction)',
  'imperative-negative': 'impératif négatif (interdiction)',
  'imperative-invite': 'impératif qui invite (encouragement)',
  'imperative-advice': 'impératif de conseil (recommandation)',
  'imperative-litote': 'tournure négative qui encourage (encouragement)',
  'infinitive-negative': "consigne négative à l'infinitif (interdiction)",
  'reader-pledge': "le lecteur s'y engage : c'est une obligation",
  'reader-agrees': "le lecteur y adhère : c'est une obligation",
  'org-pledge': "l'organisation s'engage envers les personnes (engagement)",
  'org-future': "l'organisation annonce ce qu'elle fera pour les personnes (engagement)",
  'org-help': "ce que l'organisation peut faire pour les personnes (engagement)",
  'org-general': "ce que l'organisation se permet de faire en général (permission)",
  'org-removal': "l'organisation retire ou bloque des contenus ou des accès (sanction)",
  'org-control': "décrit le contrôle exercé par l'organisation (informative)",
  'breach-consequence': "conséquence d'un manquement (sanction)",
  penalty: 'nomme une peine encourue (sanction)',
  'reserve-remove': 'se réserver le droit de retirer ou de bloquer est une sanction',
  reserve: 'se réserver un droit général est une permission',
  'passive-valorize': 'met en valeur ou remercie (encouragement)',
  'passive-benefit': 'ce qui sera fait pour les personnes (engagement)',
  'passive-removal': "retrait de contenus ou d'accès (sanction)",
  epistemic: 'exprime une possibilité, pas une permission (informative)',
  suggestion: 'suggestion au conditionnel (recommandation)',
  definition: 'introduit une définition ou un cadre (informative)',
  recognize: 'reconnaît un fait, sans force prescriptive (informative)',
  'invitation-question': 'question qui invite (encouragement)',
  'frame-advice': 'introduit un rappel en forme de conseil (recommandation)',
  'frame-note': 'introduit une précision, sans force (informative)',
  disclaimer: 'décline une responsabilité, sans force prescriptive (informative)',
  nature: "dit ce qu'une chose est, pas ce qui est défendu (informative)",
};

/**
 * The explanation of a decision, in French.
 *
 * @example
 * explainFrench('prohibition', 'lexical', 'il est interdit de')
 * // → '« il est interdit de » exprime une interdiction.'
 */
export function explainFrench(label: ToneLabel, why: Why, cue: string | null): string {
  if (why === 'none' || cue === null) {
    if (label === 'informative') return 'Aucune marque de force relevée : phrase informative.';
    return `Phrase classée ${LABEL_FR[label]}.`;
  }
  if (why === 'question') return 'Phrase interrogative qui n’invite à rien : informative.';
  const q = `« ${cue} »`;
  const because = BECAUSE[why];
  if (because) return `${q} : ${because}.`;
  switch (why) {
    case 'imperative':
      return `${q} : impératif qui énonce une règle (${LABEL_FR[label]}).`;
    case 'infinitive':
      return `${q} : consigne à l'infinitif (${LABEL_FR[label]}).`;
    case 'polite':
      return `${q} : demande polie qui garde sa force (${LABEL_FR[label]}).`;
    default:
      return `${q} ${DOES[label]}.`;
  }
}
