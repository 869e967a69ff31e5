import { z } from 'zod';
import { balanceOf } from '../../../report/balance.js';
import { defineRule } from '../../rule.js';

const schema = z.strictObject({
  threshold: z.number().min(0).max(100).default(40),
  sectionThreshold: z.number().min(0).max(100).default(30),
  minSentences: z.number().int().min(1).default(3),
});

/** `tone/balance`: the enabling voice's share, in the document and in each section, is below a threshold. */
export const balance = defineRule({
  id: 'tone/balance',
  defaultSeverity: 'warning',
  severities: { recommended: 'warning', strict: 'error' },
  schema,
  messages: {
    fr: {
      document: {
        found:
          'Équilibre de {score}/100 dans le document ({enabling} phrase(s) habilitante(s) pour {restrictive} restrictive(s))',
        expected:
          'au moins {threshold} attendu\u00a0; ajoutez des permissions, des encouragements ou des engagements',
      },
      section: {
        found:
          'Équilibre de {score}/100 dans la section «\u00a0{title}\u00a0» ({enabling} phrase(s) habilitante(s) pour {restrictive} restrictive(s))',
        expected:
          'au moins {threshold} attendu\u00a0; dites aussi ce qu’on peut faire et comment l’organisation aide',
      },
    },
    en: {
      document: {
        found:
          'Balance of {score}/100 in the document ({enabling} enabling sentence(s) for {restrictive} restrictive)',
        expected: 'expected at least {threshold}; add permissions, encouragement or commitments',
      },
      section: {
        found:
          'Balance of {score}/100 in section “{title}” ({enabling} enabling sentence(s) for {restrictive} restrictive)',
        expected: 'expected at least {threshold}; also say what people can do and how the organization helps',
      },
    },
  },
  docs: {
    summary: {
      fr: 'La voix habilitante (permission, encouragement, engagement) pèse trop peu face à la voix restrictive (interdiction, obligation, sanction).',
      en: 'The enabling voice (permission, encouragement, commitment) weighs too little against the restrictive voice (prohibition, obligation, sanction).',
    },
    details: {
      fr: 'L’équilibre vaut 100 × habilitantes / (habilitantes + restrictives), arrondi\u00a0; les recommandations et les phrases informatives restent hors du calcul. La règle le mesure pour le document entier (seuil `threshold`), puis, avec le seuil `sectionThreshold`, pour le texte propre de chaque section (entre son titre et le titre suivant), dès que ce texte compte au moins `minSentences` phrases habilitantes ou restrictives. Une section qui porte à elle seule toutes les phrases du document n’est signalée qu’une fois, au niveau du document.',
      en: 'Balance is 100 × enabling / (enabling + restrictive), rounded; recommendations and informative sentences stay out of it. The rule measures it for the whole document (`threshold`), then, against `sectionThreshold`, for each section’s own text (between its heading and the next heading) once that text holds at least `minSentences` enabling or restrictive sentences. A section that holds every voiced sentence of the document is reported once, for the document.',
    },
    why: {
      fr: 'Une charte «\u00a0ne peut se limiter à être une succession d’interdits\u00a0»\u00a0: sa force de valorisation vient surtout de son ton. Une section qui ne fait qu’interdire et exiger décourage ceux qu’elle veut mobiliser\u00a0; dire aussi ce qui est permis, encouragé et offert rend le cadre rassurant plutôt que menaçant.',
      en: 'A charter “cannot be a mere list of prohibitions”: its power to value people comes mostly from its tone. A section that only forbids and demands discourages the very people it wants on board; saying also what is allowed, encouraged and offered makes the frame reassuring rather than threatening.',
    },
    options: {
      threshold: {
        fr: 'Équilibre minimal (0–100) attendu du document entier.',
        en: 'Minimum balance (0–100) expected of the whole document.',
      },
      sectionThreshold: {
        fr: 'Équilibre minimal (0–100) attendu de chaque section ; plus bas par défaut, car une section peut avoir pour rôle d’encadrer.',
        en: 'Minimum balance (0–100) expected of each section; lower by default, since a section’s job may be to frame.',
      },
      minSentences: {
        fr: 'Nombre minimal de phrases habilitantes ou restrictives pour juger une section.',
        en: 'Minimum number of enabling or restrictive sentences before a section is judged.',
      },
    },
    examples: [
      {
        lang: 'fr',
        valid: false,
        input:
          '# Photos\n\nIl est interdit de publier la photo d’un élève sans consentement.\nNe partagez pas les coordonnées des parents.\nTout manquement pourra entraîner des mesures disciplinaires.\n',
      },
      {
        lang: 'fr',
        valid: true,
        input:
          '# Photos\n\nIl est interdit de publier la photo d’un élève sans consentement.\nVous pouvez publier des photos de groupe prises lors d’activités publiques.\nLe service des communications vous aidera à obtenir les consentements.\n',
      },
      {
        lang: 'en',
        valid: false,
        input:
          '# Photos\n\nDo not post photos of students without consent.\nYou must not share the parents’ contact details.\nAny breach may result in disciplinary action.\n',
      },
      {
        lang: 'en',
        valid: true,
        input:
          '# Photos\n\nDo not post photos of students without consent.\nYou may post group photos taken at public events.\nThe communications team will help you collect consent forms.\n',
      },
    ],
  },
  create(context) {
    const { facts, options } = context;
    const judged = (score: number | null, voiced: number, threshold: number) =>
      score !== null && voiced >= options.minSentences && score < threshold;
    const documentBalance = balanceOf(facts.documentCounts);
    const documentVoiced = documentBalance.enabling + documentBalance.restrictive;
    return {
      sectionExit(section) {
        const own = balanceOf(facts.sectionCounts[section]);
        const voiced = own.enabling + own.restrictive;
        // The root's own text, or a section holding every voiced sentence, is the document's case.
        if (section === 0 || voiced === documentVoiced) return;
        if (!judged(own.score, voiced, options.sectionThreshold)) return;
        context.report({
          target: { kind: 'section', section },
          message: 'section',
          params: {
            score: own.score ?? 0,
            enabling: own.enabling,
            restrictive: own.restrictive,
            threshold: options.sectionThreshold,
            title: facts.document.sections[section].title ?? '',
          },
        });
      },
      end() {
        if (!judged(documentBalance.score, documentVoiced, options.threshold)) return;
        context.report({
          target: { kind: 'document' },
          message: 'document',
          params: {
            score: documentBalance.score ?? 0,
            enabling: documentBalance.enabling,
            restrictive: documentBalance.restrictive,
            threshold: options.threshold,
          },
        });
      },
    };
  },
});
