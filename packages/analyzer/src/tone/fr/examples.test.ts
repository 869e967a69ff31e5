/**
 * The French grammar's examples, by label and by hard-case rule of docs/tone-taxonomy.md. Each row
 * is [expected label, sentence, words the cue must contain (null: no cue expected)]. The sentences
 * were written for these tests in the phrasing of real charters; none comes from the corpus.
 */
import { describe, expect, it } from 'vitest';
import type { ToneLabel } from '../../types.js';
import { classifyFrench } from './index.js';

type Example = [label: ToneLabel, sentence: string, cue: string | null];

const BY_LABEL: Record<ToneLabel, Example[]> = {
  prohibition: [
    [
      'prohibition',
      'Il est strictement interdit aux employés de divulguer des renseignements confidentiels.',
      'interdit',
    ],
    [
      'prohibition',
      'La diffusion de photos d’élèves sans autorisation est formellement interdite.',
      'interdite',
    ],
    ['prohibition', 'Les messages à caractère commercial sont proscrits.', 'proscrits'],
    ['prohibition', 'Il est défendu d’usurper l’identité d’une autre personne.', 'défendu'],
    ['prohibition', 'Tout contenu haineux est inacceptable.', 'inacceptable'],
    ['prohibition', 'Interdiction de publier des images prises dans les vestiaires.', 'Interdiction'],
    ['prohibition', 'Les attaques personnelles n’ont pas leur place sur nos réseaux.', 'pas leur place'],
    ['prohibition', 'Nous ne tolérons aucune forme d’intimidation en ligne.', 'tolérons'],
    [
      'prohibition',
      'Les élèves ne doivent jamais partager leurs informations de connexion.',
      'ne doivent jamais',
    ],
    ['prohibition', 'Il ne faut jamais partager une photo sans le consentement de la personne.', 'faut'],
  ],
  obligation: [
    ['obligation', 'Les employés doivent respecter la confidentialité des dossiers.', 'doivent'],
    ['obligation', 'Chaque gestionnaire de page devra suivre une formation.', 'devra'],
    ['obligation', 'Tout membre du personnel est tenu de respecter son devoir de réserve.', 'tenu'],
    [
      'obligation',
      'Il est obligatoire d’obtenir l’autorisation des parents avant de publier une photo.',
      'obligatoire',
    ],
    ['obligation', 'L’employé a l’obligation de protéger les renseignements personnels.', 'obligation'],
    ['obligation', 'Il incombe aux gestionnaires de pages de modérer les commentaires.', 'incombe'],
    ['obligation', 'La création d’un compte officiel nécessite l’accord de la direction.', 'nécessite'],
    ['obligation', 'L’autorisation écrite des parents est requise pour toute publication.', 'requise'],
    ['obligation', 'Le respect de la vie privée est de rigueur.', 'rigueur'],
    ['obligation', 'Il faut toujours citer ses sources.', 'faut'],
  ],
  recommendation: [
    ['recommendation', 'Nous vous recommandons de désactiver la géolocalisation.', 'recommandons'],
    ['recommendation', 'Il est conseillé de garder ses comptes personnels privés.', 'conseillé'],
    ['recommendation', 'Il est préférable d’éviter les sujets controversés.', 'préférable'],
    ['recommendation', 'Vous devriez éviter de mélanger vie professionnelle et vie privée.', 'devriez'],
    ['recommendation', 'Il vaut mieux s’abstenir de publier en cas de doute.', 'vaut mieux'],
    ['recommendation', 'Nous déconseillons l’utilisation de votre adresse professionnelle.', 'déconseillons'],
    ['recommendation', 'L’emploi du vouvoiement est recommandé avec les parents.', 'recommandé'],
    ['recommendation', 'Il convient de faire preuve de prudence dans vos échanges.', 'convient'],
    ['recommendation', 'L’usage des émojis est à éviter dans les communications officielles.', 'à éviter'],
  ],
  permission: [
    [
      'permission',
      'Les employés peuvent utiliser les médias sociaux à des fins professionnelles.',
      'peuvent',
    ],
    ['permission', 'Les enseignants sont autorisés à créer un compte de classe.', 'autorisés'],
    ['permission', 'Il est permis de citer les publications officielles.', 'permis'],
    ['permission', 'Vous êtes libres de commenter nos publications.', 'libres'],
    ['permission', 'Chaque employé a le droit d’exprimer ses opinions personnelles.', 'droit'],
    ['permission', 'Vous avez la possibilité de masquer vos publications.', 'possibilité'],
    [
      'permission',
      'La direction autorise les enseignants à utiliser les plateformes approuvées.',
      'autorise',
    ],
    ['permission', 'Le port d’un pseudonyme est toléré.', 'toléré'],
    ['permission', 'Il est possible de demander la suppression d’une photo en tout temps.', 'possible'],
  ],
  encouragement: [
    [
      'encouragement',
      'Nous encourageons les enseignants à partager leurs projets pédagogiques.',
      'encourageons',
    ],
    ['encouragement', 'Vos suggestions sont les bienvenues.', 'bienvenues'],
    ['encouragement', 'Nous remercions toutes les personnes qui contribuent à nos pages.', 'remercions'],
    ['encouragement', 'Le centre de services salue l’engagement des équipes-écoles.', 'salue'],
    ['encouragement', 'Les membres du personnel sont invités à suivre nos comptes officiels.', 'invités'],
    ['encouragement', 'Merci de votre précieuse collaboration !', 'Merci'],
    ['encouragement', 'Bravo à toutes les équipes qui ont participé au projet !', 'Bravo'],
    ['encouragement', 'Votre collaboration est grandement appréciée.', 'appréciée'],
    ['encouragement', 'Vos initiatives seront mises en valeur dans notre infolettre.', 'mises en valeur'],
    ['encouragement', 'Votre opinion compte pour nous !', 'compte'],
  ],
  commitment: [
    ['commitment', 'Nous répondrons à vos messages dans un délai de 48 heures.', 'répondrons'],
    ['commitment', 'L’équipe des communications vous accompagnera dans vos projets.', 'accompagnera'],
    [
      'commitment',
      'Le centre de services s’engage à protéger les renseignements personnels des élèves.',
      's’engage à',
    ],
    ['commitment', 'Une formation sera offerte aux gestionnaires de pages.', 'offerte'],
    ['commitment', 'Nous nous efforçons de répondre à toutes les questions.', 'efforçons'],
    ['commitment', 'Nous mettons à votre disposition des outils pour vous aider.', 'mettons'],
    ['commitment', 'Les demandes seront traitées dans les meilleurs délais.', 'traitées'],
    ['commitment', 'Nous allons publier un guide pratique au cours de l’année.', 'allons'],
    ['commitment', 'Notre équipe demeure disponible pour répondre à vos questions.', 'disponible'],
    ['commitment', 'Vous recevrez une réponse dans les plus brefs délais.', 'recevrez'],
  ],
  sanction: [
    [
      'sanction',
      'Tout manquement à la présente politique pourra entraîner des mesures disciplinaires.',
      'entraîner',
    ],
    ['sanction', 'Les commentaires injurieux seront supprimés sans préavis.', 'supprimés'],
    ['sanction', 'Toute infraction est passible de sanctions disciplinaires.', 'passible'],
    ['sanction', 'Le non-respect de la charte peut mener à la suspension du compte.', 'mener'],
    ['sanction', 'L’élève qui contrevient à ces règles s’expose à des sanctions.', 'expose'],
    ['sanction', 'Les récidivistes seront bannis de la page.', 'bannis'],
    ['sanction', 'Toute violation de cette charte entraînera la fermeture du compte.', 'entraînera'],
    ['sanction', 'Un employé qui publie des informations confidentielles risque le congédiement.', 'risque'],
    [
      'sanction',
      'Tout manquement est susceptible de faire l’objet d’une sanction disciplinaire.',
      'susceptible',
    ],
  ],
  informative: [
    ['informative', 'La présente politique s’applique à l’ensemble du personnel.', 'applique'],
    [
      'informative',
      'Les médias sociaux désignent les plateformes en ligne qui permettent de partager du contenu.',
      'désignent',
    ],
    ['informative', 'Cette section porte sur l’utilisation des comptes personnels.', 'porte sur'],
    ['informative', 'Les réseaux sociaux font partie de notre quotidien.', null],
    ['informative', 'Le conseil d’établissement a adopté la présente charte en juin.', null],
    ['informative', 'Utilisation des médias sociaux', null],
    [
      'informative',
      'Cette charte a pour objectif de favoriser une utilisation responsable des médias sociaux.',
      'pour objectif',
    ],
    ['informative', 'Ces outils permettent aux écoles de communiquer rapidement avec les familles.', null],
    ['informative', 'Par courtoisie, on entend le respect des autres dans les échanges.', 'entend'],
  ],
};

/** Examples of each hard-case rule of the taxonomy (numbers as in docs/tone-taxonomy.md). */
const HARD_CASES: Array<[rule: string, examples: Example[]]> = [
  [
    '1 — the main clause decides over purpose and condition clauses',
    [
      [
        'prohibition',
        'Afin de préserver la réputation de l’école, il est interdit de critiquer publiquement ses collègues.',
        'interdit',
      ],
      [
        'obligation',
        'Pour des raisons de sécurité, les mots de passe doivent être changés tous les trois mois.',
        'doivent',
      ],
      [
        'obligation',
        'Lorsqu’un parent formule une plainte en ligne, le gestionnaire doit lui répondre en privé.',
        'doit',
      ],
      [
        'recommendation',
        'Si vous êtes libre de vos opinions, mieux vaut rester discret sur vos dossiers.',
        'mieux vaut',
      ],
      [
        'permission',
        'Si vous le souhaitez, vous pouvez indiquer votre fonction dans votre profil.',
        'pouvez',
      ],
      [
        'obligation',
        'Dans le but de protéger les élèves, chaque publication doit être approuvée par la direction.',
        'doit',
      ],
    ],
  ],
  [
    '2 — negated permission forbids, negated obligation permits',
    [
      [
        'prohibition',
        'Vous ne pouvez pas utiliser l’adresse professionnelle pour vos comptes personnels.',
        'ne pouvez pas',
      ],
      ['prohibition', 'Nul ne peut s’exprimer au nom de la Ville sans y avoir été autorisé.', 'ne peut'],
      [
        'prohibition',
        'L’utilisation du téléphone cellulaire en classe n’est pas permise.',
        'n’est pas permise',
      ],
      ['prohibition', 'Aucune publicité ne sera tolérée sur cette page.', 'tolérée'],
      [
        'prohibition',
        'Un employé tenu au secret professionnel ne peut révéler l’identité de ses clients.',
        'ne peut',
      ],
      [
        'permission',
        'Vous n’êtes pas obligé de répondre aux messages en dehors des heures de travail.',
        'obligé',
      ],
      [
        'permission',
        'Il n’est pas nécessaire d’obtenir une autorisation pour partager une publication officielle.',
        'nécessaire',
      ],
      ['permission', 'Les employés n’ont pas à suivre les comptes officiels.', 'n’ont pas à'],
      ['permission', 'Rien ne vous empêche de signaler un contenu à la direction.', 'empêche'],
      // A restriction denied by a negative subject or a rule leaves people free.
      ['permission', 'Rien dans cette charte n’empêche les employés de s’exprimer.', 'empêche'],
      ['permission', 'Rien n’empêchera les élèves de publier leurs travaux.', 'empêchera'],
      ['permission', 'Aucune règle n’empêche les parents de commenter nos publications.', 'empêche'],
      ['permission', 'Rien dans ce guide n’interdit aux enseignants de partager leurs projets.', 'interdit'],
      [
        'permission',
        'Aucune disposition de la présente charte ne limite votre liberté d’expression.',
        'limite',
      ],
      ['informative', 'Ce filtre empêche les messages indésirables d’apparaître.', null],
      ['prohibition', 'Personne ne peut vous empêcher de vous exprimer.', 'ne peut'],
      ['obligation', 'Une charte ne doit pas seulement encadrer, elle doit aussi valoriser.', 'doit'],
      ['prohibition', 'Il ne faut pas que vous publiiez ces photos.', 'ne faut pas'],
      // A thing that "ne peut se limiter à…" is described: what it is, not what anyone may do.
      [
        'informative',
        'Comme indiqué plus haut, une charte d’utilisation des réseaux sociaux ne peut se limiter à une liste d’interdits.',
        'ne peut se limiter à',
      ],
      ['informative', 'Ce document ne peut se résumer à une série de règles.', 'ne peut se résumer à'],
      ['informative', 'La politique ne saurait se réduire à des sanctions.', 'ne saurait se réduire à'],
      ['informative', 'Notre présence en ligne ne peut être réduite à des annonces.', 'être réduite à'],
      ['informative', 'Le règlement ne peut pas être limité aux interdictions.', 'être limité aux'],
      [
        'informative',
        'La communication de l’école ne peut plus se cantonner aux avis officiels.',
        'se cantonner aux',
      ],
      // People keep the prohibition; a thing whose content is restricted too.
      ['prohibition', 'Vous ne pouvez pas vous limiter à relayer les annonces.', 'ne pouvez pas'],
      ['prohibition', 'Les employés ne peuvent pas se limiter à une réponse automatique.', 'ne peuvent pas'],
      ['prohibition', 'Les publications ne peuvent pas contenir de propos haineux.', 'ne peuvent pas'],
      [
        'prohibition',
        'Les commentaires ne peuvent pas être utilisés à des fins commerciales.',
        'ne peuvent pas',
      ],
      ['prohibition', 'Ce texte ne peut être modifié sans l’accord de la direction.', 'ne peut'],
    ],
  ],
  [
    '3 — a conditional consequence of a breach is a sanction, even with "peut"',
    [
      ['sanction', 'Le non-respect de cette politique peut donner lieu à des sanctions.', 'donner lieu'],
      ['sanction', 'En cas de manquement, la direction pourra retirer l’accès aux plateformes.', 'pourra'],
      ['sanction', 'Si vous ne respectez pas ces règles, votre commentaire sera masqué.', 'masqué'],
      ['sanction', 'En cas de récidive, l’usager pourra être exclu de la page.', 'exclu'],
      [
        'sanction',
        'Les employés qui enfreignent la politique peuvent faire l’objet de mesures disciplinaires.',
        'objet',
      ],
      [
        'sanction',
        'Toute personne qui ne respecte pas ces consignes pourrait se voir bloquer l’accès à la page.',
        'se voir',
      ],
      ['informative', 'Le fait de signer le formulaire entraîne l’acceptation de la charte.', null],
      // « exposer à » names a consequence when a penalty (or qualified measures) follows.
      [
        'sanction',
        'Tout manquement expose son auteur à des mesures disciplinaires.',
        'expose son auteur à des mesures',
      ],
      ['sanction', 'Ces propos exposent leur auteur à des poursuites.', 'poursuites'],
      [
        'sanction',
        'Le non-respect de la charte pourrait vous exposer à des sanctions.',
        'pourrait vous exposer',
      ],
      ['sanction', 'Un tel comportement expose l’employé à des mesures administratives.', 'mesures'],
      [
        'sanction',
        'Quiconque publie des propos diffamatoires est exposé à des poursuites judiciaires.',
        'est exposé à des poursuites',
      ],
      ['sanction', 'Les contrevenants seront exposés à des sanctions disciplinaires.', 'sanctions'],
      ['informative', 'Partager votre position vous expose à des risques.', null],
      ['informative', 'Les enfants sont exposés à des contenus inappropriés.', null],
      ['informative', 'Des mesures de sécurité protègent nos comptes officiels.', null],
    ],
  ],
  [
    '4 — invitation, advice and requirement by their verbs',
    [
      ['encouragement', 'Nous vous invitons à participer à la discussion.', 'invitons'],
      [
        'recommendation',
        'Le personnel devrait faire preuve de prudence dans ses échanges avec les parents.',
        'devrait',
      ],
      ['obligation', 'Vous devez obtenir l’accord écrit des parents.', 'devez'],
    ],
  ],
  [
    '5 — imperatives: rule, prohibition, invitation',
    [
      ['obligation', 'Respectez les autres participants.', 'Respectez'],
      [
        'obligation',
        'Identifiez-vous clairement lorsque vous publiez au nom de l’organisation.',
        'Identifiez',
      ],
      ['obligation', 'Faites preuve de bon jugement avant de partager une information.', 'Faites'],
      ['obligation', 'Soyez courtois et respectueux dans vos échanges.', 'Soyez'],
      ['prohibition', 'Ne partagez jamais vos mots de passe.', 'Ne partagez jamais'],
      ['prohibition', 'N’utilisez pas le logo de l’université sans autorisation.', 'N’utilisez pas'],
      ['prohibition', "N'envoyez pas de messages privés aux élèves.", "N'envoyez pas"],
      ['prohibition', 'Ne pas diffuser de contenu à caractère haineux.', 'Ne pas diffuser'],
      ['prohibition', 'Abstenez-vous de tout propos diffamatoire.', 'Abstenez'],
      ['encouragement', 'Partagez vos bons coups avec nous !', 'Partagez'],
      ['encouragement', 'Faites-nous part de vos idées !', 'Faites-nous part'],
      ['encouragement', 'N’hésitez pas à nous faire part de vos commentaires.', 'N’hésitez pas'],
      ['encouragement', 'Abonnez-vous à notre page pour suivre nos activités !', 'Abonnez'],
      // Imperatives that ask people to show or tell us something invite.
      ['encouragement', 'Faites-nous découvrir vos réalisations !', 'Faites-nous découvrir'],
      ['encouragement', 'Faites-nous connaître vos projets de classe.', 'Faites-nous connaître'],
      ['encouragement', 'Faites-nous savoir ce que vous pensez de nos activités.', 'Faites-nous savoir'],
      ['encouragement', 'Montrez-nous vos plus belles photos de la rentrée !', 'Montrez-nous'],
      ['encouragement', 'Racontez-nous vos expériences de bénévolat.', 'Racontez'],
      ['encouragement', 'Écrivez-nous pour partager vos idées.', 'Écrivez-nous'],
      ['encouragement', 'Dites-nous ce que vous aimeriez voir sur notre page !', 'Dites-nous'],
      ['encouragement', 'Posez-nous vos questions en message privé.', 'Posez-nous'],
      ['obligation', 'Faites vérifier vos publications par votre supérieur.', 'Faites'],
      ['obligation', 'Suivez les consignes de votre direction.', 'Suivez'],
      ['obligation', 'Ne publiez que des contenus vérifiés.', 'Ne publiez'],
      ['obligation', 'Respecte les autres en ligne comme dans la vraie vie.', 'Respecte'],
      ['obligation', 'Utiliser un langage respectueux en tout temps.', 'Utiliser'],
    ],
  ],
  [
    '6 — the organization: pledge, sanction, general permission',
    [
      ['commitment', 'La mairie s’engage à publier des informations vérifiées.', 's’engage'],
      ['sanction', 'La Ville pourra retirer tout commentaire jugé offensant.', 'retirer'],
      ['permission', 'Le centre de services peut mettre à jour la présente politique au besoin.', 'peut'],
      ['permission', 'La direction peut autoriser des exceptions.', 'peut'],
      // An effort pledged by the organization: « faire de son mieux », « mettre tout en œuvre ».
      ['commitment', 'Nous faisons de notre mieux pour répondre rapidement.', 'faisons de notre mieux'],
      ['commitment', 'Nous mettons tout en œuvre pour répondre dans les 48 heures.', 'mettons tout en œuvre'],
      [
        'commitment',
        'L’équipe fait tout son possible pour modérer les commentaires.',
        'fait tout son possible',
      ],
      ['commitment', 'La Ville met tout en oeuvre pour protéger vos données.', 'met tout en oeuvre'],
      [
        'commitment',
        'Nos modérateurs font de leur mieux pour garder les échanges respectueux.',
        'font de leur mieux',
      ],
      [
        'commitment',
        'L’équipe des communications fera le maximum pour vous répondre rapidement.',
        'fera le maximum',
      ],
      [
        'commitment',
        'Nous faisons tous les efforts pour corriger les erreurs signalées.',
        'tous les efforts',
      ],
      ['informative', 'Les élèves font de leur mieux en classe.', null],
    ],
  ],
  [
    '7 — headings and list introducers',
    [
      ['informative', 'Les règles suivantes s’appliquent à tous les comptes officiels :', 'appliquent'],
      ['informative', 'Voici les principes qui guident notre présence en ligne :', 'Voici'],
      ['informative', 'Article 4 – Responsabilités du personnel', null],
      ['prohibition', 'Nous ne tolérons pas les propos suivants :', 'tolérons'],
      [
        'sanction',
        'Les messages qui contiennent l’un des éléments suivants pourront être supprimés :',
        'supprimés',
      ],
      ['obligation', 'Les gestionnaires de comptes doivent respecter les règles suivantes :', 'doivent'],
    ],
  ],
  [
    '8 — advice imperatives and polite orders',
    [
      ['recommendation', 'Pensez à relire vos messages avant de les envoyer.', 'Pensez'],
      ['recommendation', 'Évitez de publier sous le coup de l’émotion.', 'Évitez'],
      [
        'recommendation',
        'Gardez à l’esprit que tout ce qui est publié en ligne peut devenir public.',
        'Gardez',
      ],
      ['recommendation', 'Soyez prudent lorsque vous partagez des informations personnelles.', 'prudent'],
      ['recommendation', 'N’oubliez pas de vérifier vos paramètres de confidentialité.', 'oubliez'],
      ['recommendation', 'Les employés ne devraient pas accepter les élèves comme amis.', 'devraient'],
      ['recommendation', 'Il est important de réfléchir avant de publier.', 'important'],
      ['obligation', 'Merci de bien vouloir respecter ces règles.', 'Merci'],
      ['prohibition', 'Merci de ne pas publier de messages publicitaires.', 'ne pas'],
      [
        'prohibition',
        'Veuillez ne pas inclure de renseignements personnels dans vos commentaires.',
        'Veuillez',
      ],
      ['obligation', 'Nous vous remercions de respecter ces consignes.', 'remercions'],
      ['encouragement', 'Nous vous remercions de votre compréhension.', 'remercions'],
      // A habit or a pause taken before acting is advice; a pause set as the condition of
      // another act ("avant de publier") restates that act's rule.
      ['recommendation', 'Prenez le temps de relire vos messages.', 'Prenez le temps'],
      ['recommendation', 'Prenez l’habitude de vérifier vos paramètres.', 'Prenez l’habitude'],
      ['recommendation', 'Accordez-vous un moment pour réfléchir.', 'Accordez-vous un moment'],
      ['recommendation', 'Prends le temps de vérifier tes sources.', 'Prends le temps'],
      ['recommendation', 'Prenez toujours quelques minutes pour relire votre publication.', 'minutes'],
      ['recommendation', 'Prenez le réflexe de vérifier la source avant de partager.', 'réflexe'],
      ['recommendation', 'Donnez-vous le temps de bien lire les commentaires.', 'Donnez-vous le temps'],
      ['obligation', 'Prenez le temps de vous relire avant de publier.', 'Prenez'],
      ['obligation', 'Prenez les mesures nécessaires pour protéger vos comptes.', 'Prenez'],
      ['obligation', 'Prenez connaissance de la présente charte.', 'Prenez'],
    ],
  ],
  [
    '9 — "only X may" forbids everyone else',
    [
      ['prohibition', 'Seule la direction générale peut s’exprimer au nom de l’organisation.', 'Seule'],
      [
        'prohibition',
        'Seuls les gestionnaires désignés ont le droit de publier sur la page officielle.',
        'Seuls',
      ],
      [
        'prohibition',
        'Seul le service des communications est autorisé à créer une page officielle.',
        'autorisé',
      ],
      ['prohibition', 'L’accès aux comptes officiels n’est permis qu’aux employés autorisés.', 'permis'],
      ['prohibition', 'L’usage du nom de l’établissement est réservé aux comptes officiels.', 'réservé'],
    ],
  ],
  [
    '10 — reservations, rights, pledges of the reader, reassurance',
    [
      [
        'sanction',
        'La Ville se réserve le droit de supprimer tout commentaire qui contrevient à la nétiquette.',
        'supprimer',
      ],
      [
        'sanction',
        'La Ville se réserve le droit de bannir, sans avertissement, les usagers qui publient des propos haineux.',
        'bannir',
      ],
      [
        'permission',
        'Le centre se réserve le droit de modifier la présente politique sans préavis.',
        'modifier',
      ],
      [
        'permission',
        'L’organisation se réserve le droit de ne pas répondre aux messages à caractère promotionnel.',
        'réserve',
      ],
      ['permission', 'L’organisation ne s’engage pas à répondre à tous les messages.', 'ne s’engage pas'],
      ['commitment', 'Le service des communications peut vous aider à créer votre page.', 'peut vous aider'],
      ['obligation', 'Chaque utilisateur s’engage à respecter la présente nétiquette.', 's’engage à'],
      [
        'obligation',
        'En publiant sur cette page, vous acceptez les conditions de la présente charte.',
        'acceptez',
      ],
      ['obligation', 'Je m’engage à respecter la vie privée de mes camarades.', 'engage'],
      ['commitment', 'Tous vos messages sont lus par un membre de notre équipe.', 'lus'],
      ['informative', 'La municipalité modère les commentaires publiés sur sa page.', 'modère'],
      [
        'commitment',
        'Nous ne partagerons jamais vos renseignements personnels avec des tiers.',
        'partagerons',
      ],
      [
        'permission',
        'Vous êtes en droit de demander le retrait d’une publication qui vous concerne.',
        'droit',
      ],
    ],
  ],
  [
    '11 — penalty words without a breach; recognizing a fact',
    [
      [
        'informative',
        'Nous reconnaissons que les médias sociaux sont devenus des outils incontournables.',
        'reconnaissons',
      ],
      [
        'informative',
        'L’utilisation des médias sociaux peut entraîner des risques pour la vie privée.',
        null,
      ],
      [
        'informative',
        'Une publication peut être vue par des milliers de personnes en quelques minutes.',
        'vue',
      ],
      ['informative', 'Une erreur peut arriver même aux plus prudents.', 'peut'],
    ],
  ],
  [
    '12 — the first of two coordinated main clauses decides',
    [
      [
        'informative',
        'Les réseaux sociaux sont des outils puissants et il est important de les utiliser avec discernement.',
        null,
      ],
      [
        'obligation',
        'Les gestionnaires doivent modérer les commentaires et il est recommandé de le faire chaque jour.',
        'doivent',
      ],
      ['recommendation', "Evitez les majuscules et respectez l'orthographe.", 'Evitez'],
      ['encouragement', 'Partagez vos réussites : elles inspirent toute la communauté !', 'Partagez'],
    ],
  ],
  [
    'questions are informative unless they invite',
    [
      ['informative', 'Qui peut créer une page au nom de l’école ?', null],
      ['informative', 'Que faire si je vois un contenu inapproprié ?', null],
      ['encouragement', 'Pourquoi ne pas raconter votre projet sur la page de l’école ?', 'Pourquoi ne pas'],
    ],
  ],
  [
    'writing variants: capitals, missing accents, apostrophes, inclusive forms',
    [
      ['prohibition', "IL EST INTERDIT DE PUBLIER DES PHOTOS D'ÉLÈVES SANS AUTORISATION.", 'INTERDIT'],
      ['prohibition', "Il est interdit de publier des photos d'eleves sans autorisation.", 'interdit'],
      ['obligation', "L'internaute s'engage à respecter les règles énoncées ci-dessous.", "s'engage"],
      ['obligation', 'Les employé(e)s doivent respecter la politique de confidentialité.', 'doivent'],
      [
        'prohibition',
        'Les enseignant·e·s ne doivent ni accepter ni solliciter d’élèves comme contacts.',
        'ne doivent',
      ],
      ['permission', 'Les élèves (ou leurs parents) peuvent demander le retrait d’une photo.', 'peuvent'],
    ],
  ],
];

/** Words that show an explanation is written in French. */
const FRENCH = /(?:\b(?:une|un|le|la|les|des|du|est|qui|sans|phrase|pour)\b|«)/;

function check([label, sentence, cue]: Example): void {
  const r = classifyFrench(sentence);
  expect(r.label, sentence).toBe(label);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(r.explanation.length).toBeGreaterThan(10);
  expect(r.explanation).toMatch(FRENCH);
  if (cue === null) return;
  expect(r.cue, sentence).not.toBeNull();
  if (!r.cue) return;
  expect(r.cue.text).toBe(sentence.slice(r.cue.start, r.cue.end));
  expect(r.cue.text).toContain(cue);
  expect(r.explanation).toContain(`« ${r.cue.text} »`);
}

describe('classifyFrench — one table per label', () => {
  for (const [label, examples] of Object.entries(BY_LABEL)) {
    it.each(examples)(`${label}: %s — %s`, (...ex) => check(ex as Example));
  }
});

describe('classifyFrench — hard cases of the taxonomy', () => {
  for (const [rule, examples] of HARD_CASES) {
    it.each(examples)(`rule ${rule}: %s — %s`, (...ex) => check(ex as Example));
  }
});

describe('classifyFrench — confidence', () => {
  it('is higher for a strong lexical cue than for a sentence with no cue', () => {
    const strong = classifyFrench('Il est interdit de publier des photos d’élèves sans autorisation.');
    const none = classifyFrench('Les réseaux sociaux font partie de notre quotidien.');
    expect(strong.confidence).toBeGreaterThan(none.confidence);
    expect(none.cue).toBeNull();
  });

  it('is lower for an imperative read as a rule than for an explicit "il est interdit"', () => {
    const imperative = classifyFrench('Respectez les autres participants.');
    const explicit = classifyFrench('Il est interdit de divulguer des renseignements confidentiels.');
    expect(imperative.confidence).toBeLessThan(explicit.confidence);
  });

  it('answers empty and punctuation-only input as informative', () => {
    for (const text of ['', '   ', '…', '?!']) {
      const r = classifyFrench(text);
      expect(r.label).toBe('informative');
      expect(r.cue).toBeNull();
    }
  });
});
