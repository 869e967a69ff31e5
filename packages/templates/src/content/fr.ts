/**
 * The French (Québec) edition. Every rule comes with what people can do and the help offered;
 * consequences come last, after the dialogue; errors are met with understanding.
 */
import { type EditionContext, mailLink } from '../context.js';
import { capitalize, escapeLineStart, joinList } from '../format.js';
import {
  blocks,
  type EditionText,
  INLINE_VALUES,
  list,
  type PartText,
  paragraph,
  section,
} from './markdown.js';

export function frenchEdition(c: EditionContext): EditionText {
  return {
    index: index(c),
    parts: {
      introduction: introduction(c),
      encadrer: encadrer(c),
      communiquer: communiquer(c),
      eduquer: eduquer(c),
      valoriser: valoriser(c),
    },
  };
}

function index(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: `Charte d’utilisation des médias sociaux — ${c.rawName}`,
    body: blocks(
      paragraph(
        `Les médias sociaux font partie du quotidien pour ${c.audiences}.`,
        `Ils nous permettent de partager nos nouvelles, de répondre aux questions et de faire connaître le travail accompli dans ${w.places}.`,
        'Cette charte explique comment les utiliser avec confiance, dans le respect des personnes et de nos valeurs.',
      ),
      section(
        'Pourquoi cette charte',
        paragraph(
          'Une charte d’utilisation des médias sociaux est bien plus qu’une liste d’interdits.',
          'Elle pose un cadre clair, mais elle sert d’abord à encourager les bonnes initiatives et à les faire rayonner.',
          'Elle reconnaît aussi qu’une erreur peut arriver à tout le monde, et elle dit comment la réparer ensemble.',
        ),
      ),
      section(
        'Comment la lire',
        paragraph(
          'La charte compte cinq parties.',
          'L’introduction en présente l’objet, la portée et les valeurs.',
          'Les quatre parties suivantes correspondent aux quatre piliers de notre présence en ligne : encadrer, communiquer, éduquer et valoriser.',
          'Chaque règle y est accompagnée de ce que vous pouvez faire et de l’aide que nous vous offrons.',
          'Vous n’avez pas à tout retenir : en cas de doute, l’équipe des communications est là pour vous aider.',
        ),
      ),
      section(
        'Adoption et révision',
        list(
          `Organisation : ${c.name}`,
          `Plateformes : ${c.platforms}`,
          `Date d’adoption : ${c.adopted}`,
          `Prochaine révision : ${c.nextReview}`,
        ),
        paragraph(
          `Cette charte est revue ${c.period} avec les personnes qui la font vivre.`,
          `Vos suggestions pour l’améliorer sont les bienvenues en tout temps à ${mailLink(c.communications)}.`,
        ),
      ),
    ),
  };
}

function introduction(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: 'Introduction',
    body: blocks(
      section(
        'L’objet de la charte',
        paragraph(
          'Cette charte a pour objet d’aider chaque personne à utiliser les médias sociaux de façon positive, sûre et respectueuse.',
          'Elle précise le cadre commun, explique comment nous communiquons, propose des repères pour apprendre et met en valeur les initiatives.',
          'Nous croyons qu’une présence en ligne réussie repose sur la confiance, et que cette confiance se construit ensemble.',
        ),
      ),
      section(
        'À qui s’adresse la charte',
        paragraph(
          `La charte s’applique à toutes les personnes qui publient au nom de ${w.org} ou qui animent l’un de ses comptes.`,
          `Elle concerne en particulier ${w.staff}.`,
          c.students &&
            (c.school
              ? 'Elle s’adresse aussi aux élèves, qui y trouveront des repères pour participer à la vie numérique de leur école.'
              : 'Elle s’adresse aussi aux élèves, qui y trouveront des repères pour participer à nos activités en ligne.'),
          c.parents &&
            'Les parents y trouveront la façon de suivre nos nouvelles, d’échanger avec nous et de donner, ou non, leur accord à la publication d’images de leur enfant.',
          c.public &&
            `Pour ${w.public}, la charte présente les règles de nos espaces d’échange et la façon dont nous y répondons.`,
          `La charte couvre nos comptes sur ${c.platforms}, ainsi que tout autre média social où nous serons présents.`,
          `Elle touche aussi, avec souplesse, l’usage personnel des médias sociaux lorsqu’il y est question de ${w.org}.`,
        ),
      ),
      section(
        'Nos valeurs',
        c.values.length <= INLINE_VALUES
          ? paragraph(`Notre présence en ligne s’appuie sur ${joinList(c.values, 'fr')}.`)
          : blocks(
              paragraph('Notre présence en ligne s’appuie sur les valeurs suivantes :'),
              list(...c.values.map((v) => escapeLineStart(capitalize(v)))),
            ),
        paragraph(
          'Ces valeurs guident chaque publication, chaque réponse et chaque échange.',
          'Nous vous invitons à les faire vivre en ligne, comme vous le faites déjà au quotidien.',
        ),
      ),
    ),
  };
}

function encadrer(c: EditionContext): PartText {
  const w = c.words;
  const students = c.school || c.students;
  return {
    title: 'Encadrer : un cadre clair et rassurant',
    body: blocks(
      paragraph(
        'Un cadre clair protège les personnes et permet à chacun de publier avec assurance.',
        'Les règles qui suivent sont peu nombreuses, et chacune dit aussi ce que vous pouvez faire.',
      ),
      section(
        'Les comptes officiels',
        paragraph(
          `Les comptes officiels de ${w.org} sont ceux qui parlent en son nom, sur ${c.platforms}.`,
          `Vous pouvez proposer l’ouverture d’${w.localAccount} : l’équipe des communications vous accompagnera de la demande jusqu’à la première publication.`,
          `Parlez-en d’abord avec ${w.manager}, puis écrivez à ${mailLink(c.communications)} : nous créerons le compte avec vous.`,
          'Chaque compte officiel a au moins deux gestionnaires, inscrits auprès de l’équipe des communications, pour rester actif pendant les vacances et les absences.',
          'Nous conservons les accès de façon sécuritaire et nous les mettons à jour quand un gestionnaire change de fonction.',
        ),
      ),
      section(
        'L’usage personnel',
        paragraph(
          `Vous êtes libre d’utiliser vos comptes personnels comme vous le souhaitez, et d’y partager avec fierté ce qui se fait dans ${w.places}.`,
          `Lorsque vous parlez de ${w.org} à titre personnel, précisez que vos opinions n’engagent que vous.`,
          `Les demandes des médias sont les bienvenues : transmettez-les à l’équipe des communications, qui trouvera la bonne personne pour s’exprimer au nom de ${w.org}.`,
          students &&
            'Pour échanger avec les élèves, privilégiez les outils et les comptes de l’école plutôt que vos comptes personnels.',
        ),
      ),
      section(
        'La vie privée et les renseignements personnels',
        paragraph(
          'Nous protégeons ensemble la vie privée de chaque personne.',
          students
            ? 'Ne publiez aucun renseignement personnel, comme une adresse, un numéro de téléphone, un résultat scolaire ou une information de santé.'
            : 'Ne publiez aucun renseignement personnel, comme une adresse, un numéro de téléphone ou une information de santé.',
          'Vous pouvez toujours raconter une activité, un projet ou une réussite de groupe sans nommer personne.',
          'Les dossiers en cours et les échanges internes restent confidentiels jusqu’à leur annonce officielle.',
        ),
      ),
      section(
        'Le droit à l’image et le consentement',
        students
          ? paragraph(
              'Avant de publier la photo, la vidéo ou le nom d’un élève, vérifiez que ses parents y ont consenti par écrit.',
              `Pour vous simplifier la tâche, ${w.manager} tient à jour la liste des autorisations.`,
              'Pour les adultes, un simple accord verbal, demandé avant la photo, suffit le plus souvent.',
            )
          : paragraph(
              'Avant de publier la photo ou la vidéo d’une personne, demandez-lui son accord.',
              'Pour une personne mineure, demandez celui de ses parents.',
            ),
        paragraph(
          'Une personne peut en tout temps demander le retrait d’une image qui la montre : c’est son droit, et nous la retirerons rapidement avec vous.',
          'Vous pouvez en tout temps publier des photos de lieux, de mains au travail ou de réalisations sans visage, qui racontent une activité sans exposer personne.',
        ),
      ),
      section(
        'La propriété intellectuelle',
        paragraph(
          'Les textes, les photos, les musiques et les vidéos appartiennent à leurs auteurs.',
          'Vous pouvez partager le contenu des autres en citant la source et en mentionnant l’auteur.',
          'L’équipe des communications met à votre disposition des images libres de droits, ainsi que notre logo dans ses bonnes versions.',
          students &&
            'Avant de publier le travail d’un élève, demandez son accord et celui de ses parents : son œuvre lui appartient.',
        ),
      ),
      section(
        'Le respect dans nos échanges',
        paragraph(
          'Nous voulons des espaces d’échange où chaque personne se sent bienvenue.',
          'Le harcèlement, les propos haineux, les menaces et les attaques personnelles n’y ont pas leur place.',
          'Vous pouvez exprimer un désaccord avec respect : le débat d’idées est le bienvenu.',
          `Si vous êtes témoin ou victime de harcèlement, vous pouvez compter sur nous : signalez-le à ${mailLink(c.incidents)} et nous vous soutiendrons.`,
        ),
      ),
      section(
        'Des conséquences proportionnées',
        paragraph(
          'Nous nous engageons à privilégier d’abord le dialogue et l’accompagnement.',
          'Un manquement à cette charte pourra entraîner des mesures proportionnées à sa gravité, qui tiennent compte des circonstances et de la bonne foi de la personne.',
          'Une erreur faite de bonne foi appelle une correction, jamais un blâme.',
        ),
      ),
    ),
  };
}

function communiquer(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: 'Communiquer : animer notre communauté',
    body: blocks(
      paragraph(
        `Nos comptes sont des lieux de conversation avec ${w.public}.`,
        `L’équipe des communications les anime avec les personnes qui publient au quotidien dans ${w.places}.`,
      ),
      section(
        'Qui anime et modère nos comptes',
        paragraph(
          'L’équipe des communications coordonne les comptes officiels, prépare le calendrier de publication et modère les commentaires.',
          'Les gestionnaires des autres comptes animent leur propre communauté, avec le soutien de l’équipe.',
          'Vous pouvez nous proposer un sujet, une photo ou une nouvelle à tout moment : nous vous aiderons à la mettre en forme.',
        ),
      ),
      section(
        'Nos heures et nos délais de réponse',
        paragraph(
          `L’équipe des communications est présente en ligne ${c.hours}.`,
          `Pendant ces heures, nous répondons aux questions et aux messages ${c.responseDelay}.`,
          'Une demande plus complexe peut prendre un peu plus de temps, et nous vous le dirons.',
          'En dehors de ces heures, nous lirons vos messages dès notre retour.',
          'En cas d’urgence, composez le 9-1-1 : nos comptes ne sont pas surveillés en continu.',
        ),
      ),
      section(
        'Le ton de nos publications',
        paragraph(
          `Nous écrivons dans une langue claire, chaleureuse et accessible, à l’image de ${w.org}.`,
          'Nous vous invitons à adopter ce même ton sur les comptes officiels : simple, précis et bienveillant.',
          'N’hésitez pas à demander une relecture à un collègue ou à l’équipe des communications avant de publier.',
        ),
      ),
      section(
        'La gestion des commentaires',
        paragraph(
          'Nous lisons tous les commentaires avec attention et nous répondons aux questions pendant nos heures de présence.',
          'Les critiques exprimées avec respect restent en ligne : elles nous aident à nous améliorer.',
          'Nous masquons les commentaires qui contiennent des propos haineux, des menaces, des renseignements personnels ou de la publicité, et nous expliquons notre décision lorsque c’est possible.',
          'Les règles de nos espaces d’échange sont affichées sur chacun de nos comptes.',
          'Vous pouvez nous écrire en message privé pour toute question qui vous concerne personnellement.',
        ),
      ),
    ),
  };
}

function eduquer(c: EditionContext): PartText {
  return {
    title: 'Éduquer : apprendre ensemble',
    body: blocks(
      paragraph(
        'Bien utiliser les médias sociaux, ça s’apprend, à tout âge.',
        'Nous offrons des repères, de la formation et de l’aide, sans jugement.',
      ),
      section(
        'Formation et accompagnement',
        paragraph(
          'L’équipe des communications offre chaque année une formation aux gestionnaires de comptes et à toute personne intéressée.',
          'Nous mettons à votre disposition des guides pratiques, des modèles de publication et des exemples inspirants.',
          'Vous pouvez demander un accompagnement personnalisé pour lancer un projet ou pour améliorer un compte existant.',
        ),
      ),
      section(
        'Les bons réflexes',
        list(
          'Pensez à vérifier vos paramètres de confidentialité avant de publier.',
          'Avant de répondre à un message qui vous fait réagir, prenez un moment de recul.',
          'Prenez l’habitude de vérifier une information et sa source avant de la partager.',
          'Un mot de passe robuste et la validation en deux étapes protègent vos comptes.',
          'Gardez à l’esprit que ce qui est publié peut rester en ligne longtemps.',
        ),
        paragraph('Nous pouvons vous aider à activer ces protections et à régler vos paramètres.'),
      ),
      c.students &&
        section(
          'Avec les élèves',
          paragraph(
            'Les médias sociaux sont aussi un lieu d’apprentissage de la citoyenneté numérique.',
            c.school
              ? 'Nous encourageons les enseignantes et les enseignants à aborder en classe la vie privée, le respect en ligne et l’esprit critique.'
              : 'Nous encourageons les personnes qui accompagnent les élèves à aborder avec eux la vie privée, le respect en ligne et l’esprit critique.',
            'Les élèves peuvent participer à la création de contenus pour nos comptes, avec l’accompagnement d’un adulte.',
            'Un élève inquiet de ce qu’il voit en ligne peut toujours se confier à un adulte de confiance.',
          ),
        ),
      c.parents &&
        section(
          'Avec les parents',
          paragraph(
            'Les parents sont nos partenaires.',
            `Vous pouvez suivre nos nouvelles sur ${c.platforms} et nous écrire pour toute question.`,
            'Nous vous invitons à parler avec votre enfant de ce qu’il voit et publie en ligne.',
            c.school
              ? 'Vous pouvez en tout temps modifier votre autorisation de publier des images de votre enfant en communiquant avec son école.'
              : 'Vous pouvez en tout temps modifier votre autorisation de publier des images de votre enfant en nous écrivant.',
          ),
        ),
      section(
        'Le droit à l’erreur',
        paragraph(
          'Une erreur peut arriver à tout le monde : une coquille, une photo publiée trop vite, un message envoyé au mauvais endroit.',
          'Si cela vous arrive, corrigez ou retirez la publication, puis prévenez l’équipe des communications : nous trouverons ensemble la meilleure façon de réparer.',
          'Une erreur de bonne foi, signalée rapidement, est accueillie avec compréhension et sans reproche.',
          'Elle nous aide même à améliorer nos pratiques pour tout le monde.',
        ),
      ),
      section(
        'Besoin d’aide ?',
        paragraph(
          c.phone
            ? `Pour toute question, n’hésitez pas à écrire à l’équipe des communications à ${mailLink(c.communications)} ou à l’appeler au ${c.phone}.`
            : `Pour toute question, n’hésitez pas à écrire à l’équipe des communications à ${mailLink(c.communications)}.`,
          `Nous vous répondons ${c.hours}.`,
          'Toutes les questions sont les bienvenues, même les plus simples.',
        ),
      ),
      section(
        'Signaler un incident',
        paragraph(
          `Signalez sans tarder tout incident à ${mailLink(c.incidents)} : un compte piraté, une publication qui révèle des renseignements personnels, du harcèlement ou un contenu inapproprié.`,
          'Joignez si possible une capture d’écran et le lien de la publication.',
          'Nous accusons réception de chaque signalement, nous agissons rapidement pour protéger les personnes touchées et nous vous informons de la suite.',
        ),
      ),
    ),
  };
}

function valoriser(c: EditionContext): PartText {
  const w = c.words;
  return {
    title: 'Valoriser : faire rayonner les initiatives',
    body: blocks(
      paragraph(
        `Les médias sociaux sont une belle occasion de montrer ce qui se fait de mieux dans ${w.places}.`,
        'Chaque initiative qui porte nos valeurs mérite d’être encouragée, reconnue et vue.',
      ),
      section(
        'Proposer une initiative',
        paragraph(
          'Vous avez une idée de projet, de compte ou de publication ?',
          'Nous vous encourageons à nous la proposer, même si elle n’est qu’une ébauche.',
          `Vous pouvez simplement écrire à ${mailLink(c.communications)} en quelques lignes : ce que vous voulez faire, pour qui et sur quelle plateforme.`,
          'Nous vous répondrons rapidement et nous vous aiderons à concrétiser votre projet.',
          'Vous pouvez aussi partager librement sur vos comptes personnels les bons coups de votre milieu.',
        ),
      ),
      section(
        'Reconnaître et remercier',
        paragraph(
          c.students
            ? `Nous soulignons régulièrement les initiatives des élèves et du personnel sur nos comptes officiels, avec l’accord des personnes concernées.`
            : `Nous soulignons régulièrement les initiatives de ${w.staff} sur nos comptes officiels, avec l’accord des personnes concernées.`,
          'Chaque année, nous mettons en lumière les projets les plus inspirants et nous remercions publiquement les personnes qui les ont portés.',
          'Un simple merci compte aussi : n’hésitez pas à féliciter vos collègues pour leurs bons coups.',
        ),
      ),
      section(
        'Nos bons coups en vitrine',
        paragraph(
          `Nos comptes officiels réservent une place régulière aux bons coups : ${w.feats}.`,
          'Envoyez-nous vos fiertés : une photo, quelques mots, et nous nous occupons du reste.',
          `Nous comptons sur vous pour faire rayonner ${w.org} !`,
        ),
      ),
    ),
  };
}
