/**
 * The verb lexicon: each verb a charter uses, by lemma, with the classes that matter to the tone
 * grammar, expanded once (at module load) into a map from every folded inflected form to its entries.
 */
import {
  COND,
  conjugateEr,
  conjugateIr,
  conjugateIrregular,
  FINITE,
  type Forms,
  FUT,
  IMP,
  IMPF,
  INF,
  type IrregularStems,
  P1P,
  P2P,
  PP,
  PPR,
  PRES,
  SUBJ,
} from './conjugate.js';

/** Verb classes (bit flags); a lemma may belong to several. */
export const VC = {
  /** Removes, hides or blocks people's content or access: a sanction when the organization does it. */
  REMOVAL: 1,
  /** Describes moderation or control: informative when the organization does it. */
  CONTROL: 2,
  /** What the organization does for people: a commitment. */
  PLEDGE: 4,
  /** Helping people directly ("vous aider", "vous diriger"): a commitment even after "peut". */
  HELP: 8,
  /** Values, thanks, recognizes: encouragement. */
  VALORIZE: 16,
  /** Invites or encourages someone to act. */
  INVITE: 32,
  /** Amends a text: what an organization "may" do in general (permission). */
  AMEND: 64,
  /** Leads to a consequence ("entraîner", "mener à"): a sanction when a breach or a penalty is in view. */
  CONSEQUENCE: 128,
  PROHIBIT: 256,
  PERMIT: 512,
  REQUIRE: 1024,
  /** Asks someone to do something ("demander", "prier"): a polite obligation. */
  ASK: 2048,
  RECOMMEND: 4096,
  /** Defines or frames ("désigne", "s'applique à", "vise"): informative. */
  DEFINE: 8192,
  /** Agrees or adheres, said of the reader: an obligation. */
  AGREE: 16384,
  /** "éviter", "s'abstenir": after an obligation, the sentence forbids. */
  AVOID: 32768,
  /** Imperatives that invite rather than order ("Partagez", "Participez"). */
  INVITING: 65536,
  /** Imperatives that give advice ("Pensez à", "Évitez"). */
  ADVICE: 131072,
  /** Negative imperatives that encourage ("N'hésitez pas", "Ne manquez pas de"). */
  LITOTE: 262144,
  /** Negative imperatives that give advice ("N'oubliez pas"). */
  NEG_ADVICE: 524288,
  /** Publishing: refusing to publish is a sanction, publishing after review is informative. */
  PUBLISH: 1 << 20,
  /** Effort verbs ("tâcher", "s'efforcer"): with the organization as subject, a commitment. */
  EFFORT: 1 << 21,
  /** Valorizing verbs that need a person or organization as subject ("souligner", "saluer"). */
  PERSON_ONLY: 1 << 22,
  /** Contact verbs that invite when addressed to "nous" ("Écrivez-nous"). */
  INVITE_US: 1 << 23,
  /** What others may do to a post ("être vu", "être copié"): after "peut être", a possibility. */
  EXPOSURE: 1 << 24,
  /** Restricts people ("empêcher", "limiter"): negated with a negative subject, a permission. */
  LIFT: 1 << 25,
} as const;

const CLASSES: Array<[number, string]> = [
  [
    VC.REMOVAL,
    'supprimer retirer effacer masquer cacher bloquer bannir exclure suspendre desactiver fermer refuser rejeter signaler sanctionner expulser radier revoquer censurer priver',
  ],
  [
    VC.CONTROL,
    'moderer verifier controler surveiller examiner filtrer analyser evaluer valider approuver archiver conserver enregistrer consigner superviser',
  ],
  [
    VC.PLEDGE,
    'accompagner aider soutenir appuyer guider conseiller outiller former informer repondre offrir fournir garantir assurer proteger respecter veiller ecouter traiter corriger reviser expliquer faciliter tacher efforcer promettre orienter diriger presenter lire etudier considerer prendre mettre rendre proposer organiser communiquer renseigner assister rediriger referer donner actualiser consulter transmettre envoyer remettre distribuer',
  ],
  [
    VC.HELP,
    'accompagner aider soutenir appuyer guider conseiller orienter diriger repondre informer referer assister outiller former renseigner rediriger',
  ],
  [
    VC.VALORIZE,
    'encourager inviter inciter remercier feliciter saluer valoriser souligner reconnaitre apprecier accueillir celebrer recompenser favoriser stimuler promouvoir applaudir honorer',
  ],
  [VC.INVITE, 'inviter encourager inciter'],
  [VC.PERSON_ONLY, 'souligner saluer reconnaitre accueillir apprecier applaudir honorer'],
  [VC.AMEND, 'modifier reviser changer amender actualiser completer adapter mettre'],
  [
    VC.CONSEQUENCE,
    'entrainer mener conduire occasionner exposer valoir provoquer justifier engendrer donner aller traduire',
  ],
  [VC.PROHIBIT, 'interdire defendre proscrire prohiber bannir'],
  [VC.PERMIT, 'autoriser permettre tolerer accepter admettre habiliter'],
  [VC.REQUIRE, 'exiger requerir obliger astreindre contraindre imposer tenir charger attendre necessiter'],
  [VC.ASK, 'demander prier'],
  [VC.RECOMMEND, 'recommander conseiller suggerer preconiser deconseiller'],
  [
    VC.DEFINE,
    'designer definir signifier viser appliquer porter concerner encadrer preciser decrire enoncer regrouper comprendre englober rassembler etablir couvrir entendre renvoyer resumer',
  ],
  [VC.AGREE, 'adherer accepter consentir'],
  [VC.AVOID, 'eviter abstenir'],
  [
    VC.INVITING,
    'partager proposer participer profiter rejoindre joindre abonner decouvrir inspirer contribuer celebrer raconter venir soumettre',
  ],
  [
    VC.ADVICE,
    'penser songer eviter rappeler souvenir privilegier preferer favoriser tacher essayer tenter viser mefier',
  ],
  [VC.LITOTE, 'hesiter manquer craindre gener'],
  [VC.NEG_ADVICE, 'oublier negliger perdre'],
  [VC.PUBLISH, 'publier diffuser afficher relayer approuver'],
  [VC.EFFORT, 'tacher efforcer veiller promettre chercher engager'],
  [
    VC.EXPOSURE,
    'voir lire consulter copier capturer retrouver interpreter detourner pirater intercepter utiliser reprendre transferer',
  ],
  [
    VC.INVITE_US,
    'ecrire contacter parler envoyer suivre communiquer joindre rejoindre faire montrer dire presenter poser',
  ],
  [VC.LIFT, 'empecher limiter'],
];

/** Verbs used only to recognize finite clauses (no class of their own). */
const PLAIN =
  'etre avoir aller faire pouvoir devoir vouloir savoir falloir rester demeurer devenir constituer representer servir contenir sembler paraitre utiliser publier changer permettre gagner participer commenter engager reserver sentir voir croire vivre suivre dire ecrire partir sortir produire recevoir prevoir connaitre apprendre oser cesser agir choisir reflechir garder intervenir contrevenir enfreindre beneficier appeler amener desirer recidiver violer transgresser deroger observer conformer animer gerer creer juger estimer subsister exister arriver survenir doubler inscrire adresser obtenir maintenir retenir obtenir souhaiter desirer comptabiliser risquer encourir'.split(
    ' ',
  );

/** "-ir" verbs conjugated like "finir". */
const FINIR = new Set(
  'choisir reflechir agir bannir garantir fournir definir reagir enrichir etablir punir saisir remplir reussir batir accomplir avertir unir reunir investir finir franchir nourrir grandir applaudir elargir approfondir obeir desobeir subir trahir ralentir'.split(
    ' ',
  ),
);

function stems(
  p3s: string,
  p3p: string,
  p1p: string,
  p2p: string,
  fut: string,
  pp: string,
  ppr: string,
  extra: Partial<IrregularStems> = {},
): IrregularStems {
  return { p3s, p3p, p1p, p2p, fut, pp, ppr, ...extra };
}

/** Irregular verbs, by stem family; prefixed verbs reuse the family ("soutenir" from "tenir"). */
const FAMILIES: Array<[base: string, prefixes: string[], st: IrregularStems]> = [
  [
    'tenir',
    ['', 're', 'main', 'ob', 'sou', 'apparte', 'con', 'abs', 'de'],
    stems('tient', 'tiennent', 'tenons', 'tenez', 'tiendr', 'tenu', 'tenant', {
      p1s: 'tiens',
      subj: 'tienn',
    }),
  ],
  [
    'venir',
    ['', 'de', 'inter', 'pre', 'contre', 'con', 'sou', 'par', 're', 'pro'],
    stems('vient', 'viennent', 'venons', 'venez', 'viendr', 'venu', 'venant', {
      p1s: 'viens',
      subj: 'vienn',
    }),
  ],
  [
    'mettre',
    ['', 'per', 'pro', 'sou', 'trans', 're', 'ad', 'compro', 'o'],
    stems('met', 'mettent', 'mettons', 'mettez', 'mettr', 'mis', 'mettant', { p1s: 'mets' }),
  ],
  [
    'prendre',
    ['', 'ap', 'com', 'entre', 're', 'sur'],
    stems('prend', 'prennent', 'prenons', 'prenez', 'prendr', 'pris', 'prenant', {
      p1s: 'prends',
      subj: 'prenn',
    }),
  ],
  ['dire', ['', 'pre'], stems('dit', 'disent', 'disons', 'dites', 'dir', 'dit', 'disant', { p1s: 'dis' })],
  [
    'dire',
    ['inter', 'contre'],
    stems('dit', 'disent', 'disons', 'disez', 'dir', 'dit', 'disant', { p1s: 'dis' }),
  ],
  ['lire', ['', 're', 'e'], stems('lit', 'lisent', 'lisons', 'lisez', 'lir', 'lu', 'lisant', { p1s: 'lis' })],
  [
    'crire',
    ['e', 'de', 'ins', 'pres', 'pros', 'sous', 'trans'],
    stems('crit', 'crivent', 'crivons', 'crivez', 'crir', 'crit', 'crivant', { p1s: 'cris' }),
  ],
  [
    'dre',
    [
      'ren',
      'atten',
      'enten',
      'defen',
      'ven',
      'suspen',
      'per',
      'descen',
      'depen',
      'repan',
      'ten',
      'eten',
      'preten',
      'repon',
      'correspon',
      'confon',
      'fon',
      'apprehen',
      'deten',
    ],
    stems('d', 'dent', 'dons', 'dez', 'dr', 'du', 'dant', { p1s: 'ds' }),
  ],
  [
    'suivre',
    ['', 'pour'],
    stems('suit', 'suivent', 'suivons', 'suivez', 'suivr', 'suivi', 'suivant', { p1s: 'suis' }),
  ],
  [
    'joindre',
    ['', 're', 'ad'],
    stems('joint', 'joignent', 'joignons', 'joignez', 'joindr', 'joint', 'joignant', { p1s: 'joins' }),
  ],
  [
    'eindre',
    ['enfr', 'restr', 'astr', 'att', 'p'],
    stems('eint', 'eignent', 'eignons', 'eignez', 'eindr', 'eint', 'eignant', { p1s: 'eins' }),
  ],
  [
    'aindre',
    ['cr', 'pl', 'contr'],
    stems('aint', 'aignent', 'aignons', 'aignez', 'aindr', 'aint', 'aignant', { p1s: 'ains' }),
  ],
  [
    'clure',
    ['ex', 'con'],
    stems('clut', 'cluent', 'cluons', 'cluez', 'clur', 'clu', 'cluant', { p1s: 'clus' }),
  ],
  ['clure', ['in'], stems('clut', 'cluent', 'cluons', 'cluez', 'clur', 'clus', 'cluant', { p1s: 'clus' })],
  [
    'naitre',
    ['con', 'recon'],
    stems('nait', 'naissent', 'naissons', 'naissez', 'naitr', 'nu', 'naissant', { p1s: 'nais' }),
  ],
  [
    'aitre',
    ['par', 'appar', 'dispar'],
    stems('ait', 'aissent', 'aissons', 'aissez', 'aitr', 'u', 'aissant', { p1s: 'ais' }),
  ],
  [
    'uire',
    ['prod', 'reprod', 'cond', 'trad', 'constr', 'detr', 'introd', 'red', 'ind', 'n'],
    stems('uit', 'uisent', 'uisons', 'uisez', 'uir', 'uit', 'uisant', { p1s: 'uis' }),
  ],
  [
    'cevoir',
    ['re', 'per', 'con', 'de', 'aper'],
    stems('coit', 'coivent', 'cevons', 'cevez', 'cevr', 'cu', 'cevant', { p1s: 'cois', subj: 'coiv' }),
  ],
  ['voir', ['', 're'], stems('voit', 'voient', 'voyons', 'voyez', 'verr', 'vu', 'voyant', { p1s: 'vois' })],
  ['voir', ['pre'], stems('voit', 'voient', 'voyons', 'voyez', 'voir', 'vu', 'voyant', { p1s: 'vois' })],
  ['frir', ['of', 'souf'], stems('fre', 'frent', 'frons', 'frez', 'frir', 'fert', 'frant')],
  ['vrir', ['ou', 'cou', 'decou'], stems('vre', 'vrent', 'vrons', 'vrez', 'vrir', 'vert', 'vrant')],
  [
    'ueillir',
    ['acc', 'rec', 'c'],
    stems('ueille', 'ueillent', 'ueillons', 'ueillez', 'ueiller', 'ueilli', 'ueillant'),
  ],
  [
    'querir',
    ['ac', 're', 'con'],
    stems('quiert', 'quierent', 'querons', 'querez', 'querr', 'quis', 'querant', { p1s: 'quiers' }),
  ],
  [
    'sentir',
    ['', 'res', 'con'],
    stems('sent', 'sentent', 'sentons', 'sentez', 'sentir', 'senti', 'sentant', { p1s: 'sens' }),
  ],
  [
    'servir',
    [''],
    stems('sert', 'servent', 'servons', 'servez', 'servir', 'servi', 'servant', { p1s: 'sers' }),
  ],
  [
    'sortir',
    [''],
    stems('sort', 'sortent', 'sortons', 'sortez', 'sortir', 'sorti', 'sortant', { p1s: 'sors' }),
  ],
  [
    'partir',
    [''],
    stems('part', 'partent', 'partons', 'partez', 'partir', 'parti', 'partant', { p1s: 'pars' }),
  ],
  [
    'courir',
    ['', 're', 'par'],
    stems('court', 'courent', 'courons', 'courez', 'courr', 'couru', 'courant', { p1s: 'cours' }),
  ],
  [
    'croire',
    [''],
    stems('croit', 'croient', 'croyons', 'croyez', 'croir', 'cru', 'croyant', { p1s: 'crois' }),
  ],
  ['vivre', [''], stems('vit', 'vivent', 'vivons', 'vivez', 'vivr', 'vecu', 'vivant', { p1s: 'vis' })],
  [
    'plaire',
    ['', 'de'],
    stems('plait', 'plaisent', 'plaisons', 'plaisez', 'plair', 'plu', 'plaisant', { p1s: 'plais' }),
  ],
  ['taire', [''], stems('tait', 'taisent', 'taisons', 'taisez', 'tair', 'tu', 'taisant', { p1s: 'tais' })],
  [
    'soudre',
    ['re'],
    stems('sout', 'solvent', 'solvons', 'solvez', 'soudr', 'solu', 'solvant', { p1s: 'sous' }),
  ],
  [
    'mouvoir',
    ['pro'],
    stems('meut', 'meuvent', 'mouvons', 'mouvez', 'mouvr', 'mu', 'mouvant', { p1s: 'meus' }),
  ],
  [
    'battre',
    ['', 'com', 'de'],
    stems('bat', 'battent', 'battons', 'battez', 'battr', 'battu', 'battant', { p1s: 'bats' }),
  ],
  [
    'rompre',
    ['', 'inter', 'cor'],
    stems('rompt', 'rompent', 'rompons', 'rompez', 'rompr', 'rompu', 'rompant', { p1s: 'romps' }),
  ],
  [
    'vaincre',
    ['con'],
    stems('vainc', 'vainquent', 'vainquons', 'vainquez', 'vaincr', 'vaincu', 'vainquant', { p1s: 'vaincs' }),
  ],
  [
    'faire',
    [''],
    stems('fait', 'font', 'faisons', 'faites', 'fer', 'fait', 'faisant', { p1s: 'fais', subj: 'fass' }),
  ],
  [
    'pouvoir',
    [''],
    stems('peut', 'peuvent', 'pouvons', 'pouvez', 'pourr', 'pu', 'pouvant', { p1s: 'peux', subj: 'puiss' }),
  ],
  [
    'devoir',
    [''],
    stems('doit', 'doivent', 'devons', 'devez', 'devr', 'du', 'devant', { p1s: 'dois', subj: 'doiv' }),
  ],
  [
    'vouloir',
    [''],
    stems('veut', 'veulent', 'voulons', 'voulez', 'voudr', 'voulu', 'voulant', {
      p1s: 'veux',
      subj: 'veuill',
    }),
  ],
  [
    'savoir',
    [''],
    stems('sait', 'savent', 'savons', 'savez', 'saur', 'su', 'sachant', { p1s: 'sais', subj: 'sach' }),
  ],
  [
    'valoir',
    ['', 'pre'],
    stems('vaut', 'valent', 'valons', 'valez', 'vaudr', 'valu', 'valant', { p1s: 'vaux', subj: 'vaill' }),
  ],
];

/** Verbs whose forms are listed outright. */
const LISTED: Array<[lemma: string, forms: Forms]> = [
  [
    'etre',
    [
      ['etre', INF],
      ['est', PRES],
      ['sont', PRES],
      ['es', PRES],
      ['suis', PRES],
      ['sommes', PRES | P1P],
      ['etes', PRES | P2P],
      ['sera', FUT],
      ['seras', FUT],
      ['serai', FUT],
      ['seront', FUT],
      ['serons', FUT | P1P],
      ['serez', FUT | P2P],
      ['serait', COND],
      ['seraient', COND],
      ['serions', COND | P1P],
      ['seriez', COND | P2P],
      ['etait', IMPF],
      ['etaient', IMPF],
      ['soit', SUBJ],
      ['soient', SUBJ],
      ['sois', SUBJ | IMP],
      ['soyons', SUBJ | IMP | P1P],
      ['soyez', SUBJ | IMP | P2P],
      ['ete', PP],
      ['etant', PPR],
    ],
  ],
  [
    'avoir',
    [
      ['avoir', INF],
      ['a', PRES],
      ['ont', PRES],
      ['as', PRES],
      ['ai', PRES],
      ['avons', PRES | P1P],
      ['avez', PRES | P2P],
      ['aura', FUT],
      ['auront', FUT],
      ['aurons', FUT | P1P],
      ['aurez', FUT | P2P],
      ['aurait', COND],
      ['auraient', COND],
      ['aurions', COND | P1P],
      ['auriez', COND | P2P],
      ['avait', IMPF],
      ['avaient', IMPF],
      ['ait', SUBJ],
      ['aient', SUBJ],
      ['ayons', SUBJ | IMP | P1P],
      ['ayez', SUBJ | IMP | P2P],
      ['eu', PP],
      ['eue', PP],
      ['eus', PP],
      ['eues', PP],
      ['ayant', PPR],
    ],
  ],
  [
    'aller',
    [
      ['aller', INF],
      ['va', PRES],
      ['vont', PRES],
      ['vais', PRES],
      ['allons', PRES | IMP | P1P],
      ['allez', PRES | IMP | P2P],
      ['ira', FUT],
      ['iront', FUT],
      ['irons', FUT | P1P],
      ['irez', FUT | P2P],
      ['irait', COND],
      ['iraient', COND],
      ['allait', IMPF],
      ['aille', SUBJ],
      ['alle', PP],
      ['allant', PPR],
    ],
  ],
  [
    'falloir',
    [
      ['falloir', INF],
      ['faut', PRES],
      ['faudra', FUT],
      ['faudrait', COND],
      ['fallait', IMPF],
      ['faille', SUBJ],
      ['fallu', PP],
    ],
  ],
];

/** One reading of a form: the lemma, what the form can be (conjugate.ts bits) and the lemma's classes. */
export interface VerbEntry {
  lemma: string;
  mask: number;
  cls: number;
}

function conjugate(lemma: string, irregular: Map<string, Forms>): Forms | null {
  const listed = irregular.get(lemma);
  if (listed) return listed;
  if (FINIR.has(lemma)) return conjugateIr(lemma);
  if (lemma.endsWith('er')) return conjugateEr(lemma);
  return null;
}

function build(): Map<string, VerbEntry[]> {
  const irregular = new Map<string, Forms>(LISTED);
  for (const [base, prefixes, st] of FAMILIES) {
    for (const p of prefixes) {
      const pre = (s: string) => p + s;
      const lemma = p + base;
      irregular.set(
        lemma,
        conjugateIrregular(lemma, {
          p3s: pre(st.p3s),
          p3p: pre(st.p3p),
          p1p: pre(st.p1p),
          p2p: pre(st.p2p),
          fut: pre(st.fut),
          pp: pre(st.pp),
          ppr: pre(st.ppr),
          p1s: st.p1s ? pre(st.p1s) : undefined,
          subj: st.subj ? pre(st.subj) : undefined,
        }),
      );
    }
  }
  // Imperatives that differ from the present.
  irregular.get('vouloir')?.push(['veuillez', IMP | P2P]);
  irregular.get('savoir')?.push(['sachez', IMP | P2P], ['sachons', IMP | P1P]);

  const classOf = new Map<string, number>();
  for (const [bit, words] of CLASSES) {
    for (const lemma of words.split(' ')) classOf.set(lemma, (classOf.get(lemma) ?? 0) | bit);
  }
  const lemmas = new Set<string>([...classOf.keys(), ...PLAIN, ...irregular.keys()]);
  const map = new Map<string, VerbEntry[]>();
  for (const lemma of lemmas) {
    const forms = conjugate(lemma, irregular);
    if (!forms) continue;
    const cls = classOf.get(lemma) ?? 0;
    for (const [form, mask] of forms) {
      const list = map.get(form);
      const same = list?.find((e) => e.lemma === lemma);
      if (same) same.mask |= mask;
      else if (list) list.push({ lemma, mask, cls });
      else map.set(form, [{ lemma, mask, cls }]);
    }
  }
  return map;
}

const LEXICON = build();

/**
 * The readings of a folded word form, or undefined when it is not a known verb form.
 *
 * @example
 * verbEntries('devront')?.[0].lemma // → 'devoir'
 */
export function verbEntries(w: string): readonly VerbEntry[] | undefined {
  return LEXICON.get(w);
}

/**
 * Every known verb form with its readings.
 *
 * @example
 * new Map(verbForms()).has('devront') // → true
 */
export function verbForms(): IterableIterator<[string, readonly VerbEntry[]]> {
  return LEXICON.entries();
}

/**
 * The first reading of `w` whose form bits meet `mask` (and whose classes meet `cls`, when given).
 *
 * @example
 * verbAs('supprimés', PP)?.lemma // → undefined (forms are folded: 'supprimes')
 * verbAs('supprimes', PP)?.lemma // → 'supprimer'
 */
export function verbAs(w: string, mask: number, cls = 0): VerbEntry | undefined {
  const list = LEXICON.get(w);
  if (!list) return undefined;
  for (const e of list) if (e.mask & mask && (cls === 0 || e.cls & cls)) return e;
  return undefined;
}

export { COND, FINITE, FUT, IMP, IMPF, INF, P1P, P2P, PP, PPR, PRES, SUBJ };
