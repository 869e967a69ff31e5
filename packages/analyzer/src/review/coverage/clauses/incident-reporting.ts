import type { ClauseDetector, Evidence, SentenceView } from '../detector.js';

// How to report an incident: a verb of reporting with what to report (an incident, harassment,
// offensive content) or with whom to report it to. "Il est à signaler que", "reporting on a
// conversation" and the organization reporting people to a platform (a sanction) are not it.
const FR_NOT = /\b(?:il est a signaler|a signaler que|comme signale|tel que signale|signalons que)\b/g;
const FR_REPORT =
  /\b(?:signal(?:er|ez|ons|e|ent|ant|ement|ements|ez-le|ez-la|ez-les|ez-nous|ez-lui)|denonc(?:er|ez|iation)|rapport(?:er|ez) (?:tout|toute|les|un|une|immediatement)|declar(?:er|ez) (?:tout|toute|un|une|les) (?:incident|situation)|port(?:er|ez) plainte|alert(?:er|ez)|aviser|avisez|inform(?:er|ez) (?:immediatement |rapidement |sans delai )?(?:la|le|votre|vos|un|une|l')|(?:en )?parl(?:er|ez)(?:-en)? (?:a|au|avec) (?:un|une|votre|vos|la|le|l'))\b/;
const FR_WHAT =
  /\b(?:incidents?|situations? (?:problematiques?|preoccupantes?|inquietantes?|dangereuses?|d'urgence)|abus|harcel\w*|intimid\w*|cyberintimid\w*|menaces?|contenus? (?:inappropri\w*|offensant\w*|haineu\w*|problematiques?|illicites?|choquants?|douteux)|comportements? (?:inappropri\w*|problematiques?|dangereux|abusifs?)|publications? (?:inappropri\w*|offensantes?|problematiques?)|problemes?|violations?|atteintes?|fraudes?|piratages?|usurpations?|faux comptes?|plaintes?|infractions?|manquements?|enfrei\w*|ne respecte(?:nt)? pas|prejudiciabl\w*|nuisibl\w*|dangereu\w*|inappropri\w*|offensant\w*|haineu\w*|choquant\w*|illicit\w*|illegal\w*)\b/;
const FR_CONTACT =
  /\b(?:communiqu(?:er|ez) avec|contact(?:er|ez)|ecri(?:re|vez)(?:-nous)?|nous ecrire|(?:envoy(?:er|ez)|transmett(?:re|ez)) (?:un |une )?(?:message|courriel|capture))\b/;
const FR_TO =
  /\b(?:a (?:la|votre) direction|au service|aux? (?:responsables?|gestionnaires?|superieure?s?|enseignante?s?|administrat(?:eur|eurs|rice|rices)|moderat(?:eur|eurs|rice|rices))|a votre (?:superieure?|gestionnaire|responsable|enseignante?)|a l'adresse|au moyen du formulaire|via le formulaire|par (?:courriel|telephone|message prive)|a l'equipe|a un adulte|a une personne de confiance)\b|\b(?:votre|la|sa|leur) (?:direction|superieure?|gestionnaire|responsable|enseignante?)\b/;

const EN_NOT =
  /\b(?:report(?:s|ed|ing)? on|reported to the platform|annual reports?|internal reports?|reports? (?:that|which))\b/g;
const EN_REPORT =
  /\b(?:report(?:s|ed|ing)?|flag(?:s|ged|ging)?|alert (?:us|your|the|a)|let (?:us|your \w+|the \w+|someone) know|tell (?:us|a trusted adult|an adult|your \w+|a \w+|someone)|raise (?:a |your |any )?concerns?|notify (?:us|your|the)|blow(?:ing)? the whistle|file a complaint)\b/;
const EN_WHAT =
  /\b(?:incidents?|abuse|abusive|harass\w*|bull(?:y|ying|ied)|cyberbull\w*|threat\w*|offensive|inappropriate|unsuitable|disrespectful|concerning|suspicious|hateful|illegal|unsafe|breach(?:es)?|violations?|problems?|issues?|fake accounts?|impersonat\w*|hack(?:ed|ing)?|complaints?|misconduct|concerns?|harm(?:s|ful)?|dangerous|break(?:s|ing)? (?:these|the|our) (?:guidelines|rules)|against (?:these|the|our) (?:guidelines|rules))\b/;
const EN_CONTACT =
  /\b(?:contact (?:us|the|your|a)|get in touch|write to|e-?mail (?:us|the)|send (?:us )?(?:a )?(?:private )?(?:message|email|screenshot)|message us)\b/;
const EN_TO =
  /\b(?:to (?:your|the|a|an|our) (?:\w+ ){0,3}(?:officer|manager|supervisor|principal|teacher|team|office|coordinator|administrator|moderator|adult|department|desk)|to us|via (?:the |our )?(?:form|email|e-mail)|by (?:email|e-mail|phone)|immediately|right away)\b/;

function score(
  s: SentenceView,
  not: RegExp,
  report: RegExp,
  contact: RegExp,
  what: RegExp,
  to: RegExp,
): Evidence {
  if (s.label === 'prohibition') return 0;
  const text = report.test(s.text) ? s.text.replace(not, ' ') : s.text;
  const found = text.match(report);
  if (found) {
    const rest = text.replace(found[0], ' ');
    return what.test(rest) || to.test(rest) ? 1 : 0.5;
  }
  // Writing to someone is reporting when what is written about is a problem.
  return contact.test(text) && what.test(text) ? 1 : 0;
}

/** `coverage/incident-reporting`: how to report an incident, and to whom. */
export const incidentReporting: ClauseDetector = {
  id: 'incident-reporting',
  sanctions: 'none',
  headings: {
    fr: {
      strong:
        /\b(?:signal(?:er|ement)|declarer un incident|en cas d'(?:incident|abus|urgence|probleme)|que faire (?:si|en cas)|denonc\w*|plaintes?)\b/,
      topic: /\b(?:incidents?|problemes?|securite|urgences?)\b/,
    },
    en: {
      strong:
        /\b(?:report(?:ing)? (?:an? )?(?:incidents?|abuse|concerns?|problems?|issues?)|how to report|what to do if|in case of (?:an? )?(?:incident|problem|emergency)|complaints?|raising concerns?)\b/,
      topic: /\b(?:incidents?|problems?|safety|emergenc(?:y|ies))\b/,
    },
  },
  content: {
    fr: (s) => score(s, FR_NOT, FR_REPORT, FR_CONTACT, FR_WHAT, FR_TO),
    en: (s) => score(s, EN_NOT, EN_REPORT, EN_CONTACT, EN_WHAT, EN_TO),
  },
};
