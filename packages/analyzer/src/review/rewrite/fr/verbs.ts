/**
 * The French verbs charters use, with the forms a rewording writes: the imperative of "vous", the past
 * participle and the auxiliary. A verb that is not in the table gets no rewording (null) rather than a
 * guessed form.
 */

export interface FrVerb {
  /** Infinitive, with its accents: "publier". */
  inf: string;
  /** Imperative, second person plural: "publiez". */
  imp: string;
  /** Past participle, masculine singular: "publié". */
  pp: string;
  aux: 'avoir' | 'être';
}

/** Regular "-er" verbs: imperative stem + "ez", participle stem + "é". */
const ER = `abandonner accepter accompagner activer adapter administrer afficher aimer ajouter alerter
améliorer animer annoncer appeler apporter appuyer archiver associer attaquer aviser blesser bloquer
capter changer citer clavarder coller commenter communiquer compter confier confirmer connecter consacrer
conserver consulter contacter contourner copier créditer créer critiquer cibler déclarer décrocher
dénigrer déposer désactiver désigner dessiner dévaloriser dévoiler diffamer diffuser discriminer discuter
divulguer documenter donner échanger éditer effacer emprunter employer encourager endommager enregistrer
envoyer épingler étiqueter éviter exagérer expliquer exploiter exposer exprimer falsifier fermer filmer
fréquenter garder gérer harceler héberger humilier identifier ignorer imprimer indiquer informer injurier
installer insulter intimider inviter jouer lancer liker localiser manifester marquer masquer menacer
mentionner mépriser minimiser modérer modifier montrer moquer négliger nommer noter offenser oublier
parler partager participer passer pénaliser photographier plagier porter poster présenter préserver
prêter proférer profiter programmer protéger provoquer publier rabaisser rappeler réclamer recommander
relayer remercier remplacer repartager republier représenter réserver respecter retirer retweeter
ridiculiser sauvegarder sécuriser signaler signer solliciter stocker supprimer tagger taguer télécharger
téléverser tolérer tourner transférer troubler tutoyer usurper utiliser valider valoriser vérifier
violer visiter demander écouter révéler observer adopter consulter accéder aborder afficher allouer
amplifier approuver assurer autoriser baser brancher cacher calomnier clarifier collaborer collecter
combler commander compléter conseiller consulter contester contrôler corriger cliquer décider dénoncer
dépasser déranger désactiver détailler dialoguer donner emporter engager entrer étiqueter évaluer
expédier exprimer fixer former gaspiller identifier imiter inciter indiquer insister interpeller
interroger lier limiter manquer mener naviguer nuancer numériser opérer organiser partager patienter
penser planifier porter pratiquer préciser préparer présenter prioriser privilégier procéder
propager protéger quitter raconter rassembler rectifier recruter refuser relancer relayer
remarquer rencontrer renseigner réparer répéter réserver rester retoucher retrouver réutiliser
sanctionner sensibiliser sexualiser signaler soigner souligner spammer surveiller tarder témoigner
tenter tester tracer traiter transformer travailler trier trouver tweeter user veiller visionner
conformer baliser écarter effectuer filtrer guider abonner acheter aider ajuster annuler appliquer
apprécier attribuer avancer bavarder calmer célébrer chercher coopérer déconnecter dédier diriger
encadrer enseigner expérimenter féliciter gagner honorer impliquer intégrer jumeler laisser maîtriser
mériter mobiliser motiver payer proposer questionner réaliser recycler réviser saluer suggérer terminer
voter`;

/** Regular "-ir" verbs of the finir type: imperative "-issez", participle "-i". */
const IR = `accomplir agir avertir bannir choisir enrichir établir fournir franchir garantir investir
nourrir punir réagir réfléchir remplir réussir réunir saisir salir ternir trahir`;

/** Irregular verbs: "infinitive imperative participle", with "*" after the participle for "être". */
const IRREGULAR = `faire faites fait|refaire refaites refait|défaire défaites défait|dire dites dit
|redire redites redit|contredire contredisez contredit|interdire interdisez interdit|médire médisez médit
|mettre mettez mis|permettre permettez permis|promettre promettez promis|transmettre transmettez transmis
|soumettre soumettez soumis|admettre admettez admis|commettre commettez commis
|compromettre compromettez compromis|remettre remettez remis|émettre émettez émis|prendre prenez pris
|apprendre apprenez appris|comprendre comprenez compris|reprendre reprenez repris
|entreprendre entreprenez entrepris|ouvrir ouvrez ouvert|rouvrir rouvrez rouvert|couvrir couvrez couvert
|découvrir découvrez découvert|offrir offrez offert|écrire écrivez écrit|décrire décrivez décrit
|inscrire inscrivez inscrit|réécrire réécrivez réécrit|lire lisez lu|relire relisez relu|élire élisez élu
|produire produisez produit|reproduire reproduisez reproduit|traduire traduisez traduit
|conduire conduisez conduit|construire construisez construit|détruire détruisez détruit|nuire nuisez nui
|répondre répondez répondu|vendre vendez vendu|rendre rendez rendu|attendre attendez attendu
|entendre entendez entendu|défendre défendez défendu|perdre perdez perdu|prétendre prétendez prétendu
|suivre suivez suivi|poursuivre poursuivez poursuivi|tenir tenez tenu|obtenir obtenez obtenu
|retenir retenez retenu|maintenir maintenez maintenu|contenir contenez contenu|soutenir soutenez soutenu
|appartenir appartenez appartenu|abstenir abstenez abstenu*|venir venez venu*|devenir devenez devenu*
|revenir revenez revenu*|intervenir intervenez intervenu*|prévenir prévenez prévenu
|recevoir recevez reçu|apercevoir apercevez aperçu|voir voyez vu|revoir revoyez revu|prévoir prévoyez prévu
|savoir sachez su|connaître connaissez connu|reconnaître reconnaissez reconnu|paraître paraissez paru
|aller allez allé*|partir partez parti*|sortir sortez sorti*|mentir mentez menti|sentir sentez senti
|servir servez servi|dormir dormez dormi|courir courez couru|recourir recourez recouru
|accueillir accueillez accueilli|recueillir recueillez recueilli|croire croyez cru|rire riez ri
|vivre vivez vécu|battre battez battu|combattre combattez combattu|débattre débattez débattu
|joindre joignez joint|rejoindre rejoignez rejoint|craindre craignez craint|plaindre plaignez plaint
|peindre peignez peint|atteindre atteignez atteint|éteindre éteignez éteint|inclure incluez inclus
|exclure excluez exclu|conclure concluez conclu|résoudre résolvez résolu|distraire distrayez distrait
|extraire extrayez extrait|plaire plaisez plu|déplaire déplaisez déplu|taire taisez tu
|convaincre convainquez convaincu|acquérir acquérez acquis|conquérir conquérez conquis
|vouloir veuillez voulu|promouvoir promouvez promu|avoir ayez eu|être soyez été|asseoir asseyez assis`;

/** Verbs conjugated with "être" among the regular ones. */
const ER_ETRE = new Set(['rester', 'arriver', 'entrer', 'tomber', 'retourner', 'monter']);

function build(): Map<string, FrVerb> {
  const byInf = new Map<string, FrVerb>();
  for (const inf of ER.split(/\s+/).filter(Boolean)) {
    const stem = inf.slice(0, -2);
    byInf.set(inf, { inf, imp: `${stem}ez`, pp: `${stem}é`, aux: ER_ETRE.has(inf) ? 'être' : 'avoir' });
  }
  for (const inf of IR.split(/\s+/).filter(Boolean)) {
    const stem = inf.slice(0, -2);
    byInf.set(inf, { inf, imp: `${stem}issez`, pp: `${stem}i`, aux: 'avoir' });
  }
  for (const entry of IRREGULAR.split('|')) {
    const [inf, imp, ppRaw] = entry.trim().split(/\s+/);
    const etre = ppRaw.endsWith('*');
    byInf.set(inf, { inf, imp, pp: etre ? ppRaw.slice(0, -1) : ppRaw, aux: etre ? 'être' : 'avoir' });
  }
  return byInf;
}

const BY_INF = build();
const BY_IMP = new Map<string, FrVerb>([...BY_INF.values()].map((v) => [v.imp, v]));

/**
 * A verb by its infinitive (case-insensitive), or undefined when it is not in the table.
 *
 * @example
 * verbByInfinitive('Publier')?.imp // → 'publiez'
 */
export function verbByInfinitive(word: string): FrVerb | undefined {
  return BY_INF.get(word.toLowerCase());
}

/**
 * A verb by its "vous" imperative (case-insensitive), or undefined.
 *
 * @example
 * verbByImperative('faites')?.inf // → 'faire'
 */
export function verbByImperative(word: string): FrVerb | undefined {
  return BY_IMP.get(word.toLowerCase());
}

const PARTICIPLES = new Set(
  [...BY_INF.values()].flatMap((v) => [
    v.pp,
    `${v.pp}e`,
    v.pp.endsWith('s') ? v.pp : `${v.pp}s`,
    `${v.pp}es`,
  ]),
);

/**
 * True when a word is a past participle (any gender or number) of a known or regular "-er" verb:
 * "publiés", "avertis", "inscrite".
 *
 * @example
 * isParticiple('avertis') // → true
 */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return /ée?s?$/.test(w) || PARTICIPLES.has(w);
}

/** How many verbs the table knows (for the docs and the tests). */
export function verbCount(): number {
  return BY_INF.size;
}
