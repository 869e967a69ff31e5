/**
 * The English verbs charters use, by base form, with their "-ing" forms; phrasal verbs ("hand out",
 * "start fights with") count as one verb. A verb that is not here gets no rewording (null).
 */

const BASES = `access accept add admit advertise alter annoy answer approve archive ask attach attack
bait be belittle block blog boast break breach broadcast bully bypass call capture carry change chat
check circulate circumvent cite claim close collect comment commit complain confirm connect consult
contact copy correct create credit criticize cut damage debate delete demean describe discuss disclose
discriminate display distribute do download edit email embed endorse engage enter expose express fake
file film fix flag follow forward friend gather get give go hand harass harm have hide hire humiliate
identify ignore impersonate imply include insult intimidate invite join keep lend lie like link list
livestream log make manage market mention message misrepresent misuse mock moderate modify monitor name
neglect offend open operate pass photograph pick pin plagiarize play pose post pretend print promote
protect provide publish publicize quote rate read record register release remove rent repost reply
report represent reproduce request reshare respond retweet reveal review ridicule run sell send set
share show sign solicit spam speak spread start state stream swear tag take talk tarnish tell text
threaten threaten track troll tweet unfollow update upload use verify violate vote wear write leak
obtain seek follow remain stay treat act behave respect protect comply adhere abide ensure make maintain
reflect identify approve review carry submit notify inform inform check secure enable activate obtain
set list be register create apply complete attend think leave urge encourage answer contribute wait
proofread double-check reread consider stop pause`;

/** Bases whose last consonant doubles before "-ing" (tag → tagging). */
const DOUBLING = new Set(
  'tag chat stop plan ban drop shop blog log swap flag admit commit submit permit omit refer prefer transfer control run set get put cut sit hit let dig spam rob grab drag snap tap map pin bet jog chop rat'.split(
    ' ',
  ),
);

/** Phrasal verbs, longest first when read. */
const PHRASAL = [
  'make fun of',
  'start fights with',
  'pick fights with',
  'gang up on',
  'talk down to',
  'pick on',
  'hand out',
  'give out',
  'give away',
  'pass on',
  'pass along',
  'set up',
  'sign up',
  'log in',
  'reach out',
  'pretend to be',
  'pose as',
  'reply to',
  'respond to',
  'comment on',
  'post about',
];

/**
 * The "-ing" form of a base verb.
 *
 * @example
 * gerundOf('share') // → 'sharing'
 * gerundOf('tag') // → 'tagging'
 */
export function gerundOf(base: string): string {
  const [head, ...rest] = base.split(' ');
  let g: string;
  if (/ie$/.test(head)) g = `${head.slice(0, -2)}ying`;
  else if (/[^aeiou]e$/.test(head) && head !== 'be') g = `${head.slice(0, -1)}ing`;
  else if (DOUBLING.has(head)) g = `${head}${head[head.length - 1]}ing`;
  else g = `${head}ing`;
  return [g, ...rest].join(' ');
}

const VERBS = new Set([...BASES.split(/\s+/).filter(Boolean), ...PHRASAL]);
const BY_GERUND = new Map<string, string>([...VERBS].map((v) => [gerundOf(v), v]));
const SORTED = [...VERBS].sort((a, b) => b.length - a.length);
const SORTED_GERUNDS = [...BY_GERUND.keys()].sort((a, b) => b.length - a.length);

function startsWithWord(s: string, w: string): boolean {
  return (
    s.length >= w.length && s.slice(0, w.length).toLowerCase() === w && !/[\p{L}'-]/u.test(s[w.length] ?? '')
  );
}

/**
 * The known verb (base form, phrasal verbs first) that `s` opens with, as written, or null.
 *
 * @example
 * verbAt('hand out personal details') // → 'hand out'
 */
export function verbAt(s: string): string | null {
  for (const v of SORTED) if (startsWithWord(s, v)) return s.slice(0, v.length);
  return null;
}

/**
 * The known "-ing" form `s` opens with, with its base form, or null.
 *
 * @example
 * gerundAt('posting recordings') // → { written: 'posting', base: 'post' }
 */
export function gerundAt(s: string): { written: string; base: string } | null {
  for (const g of SORTED_GERUNDS)
    if (startsWithWord(s, g)) return { written: s.slice(0, g.length), base: BY_GERUND.get(g)! };
  return null;
}

/** True when `word` is a known base verb (for telling a verb from a noun after "or"). */
export function isVerb(word: string): boolean {
  return VERBS.has(word.toLowerCase());
}
