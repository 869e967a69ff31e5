/**
 * A deterministic, charter-like Markdown corpus for the benchmarks: front matter, headings, paragraphs with
 * links, emphasis and entities, lists, a table and an HTML block, in French and in English.
 */
const FR = {
  titles: [
    'Objet de la charte',
    'Comptes officiels',
    'Vie privée et droit à l’image',
    'Valoriser les initiatives',
    'Gestion de communauté',
    'En cas d’erreur',
  ],
  sentences: [
    'Il est interdit de publier la photo d’un élève sans le consentement de ses parents.',
    'Nous vous encourageons à partager les **bons coups** de {u} sur {p} !',
    'Le personnel doit respecter la confidentialité des renseignements personnels, p. ex. les dossiers scolaires.',
    'Vous pouvez créer un compte de classe après en avoir parlé avec la direction de {u}.',
    'Tout manquement à la présente charte pourra entraîner des mesures disciplinaires proportionnées.',
    'Le service des communications s’engage à vous accompagner dans vos projets, c.-à-d. à vous conseiller et à relire vos publications.',
    'Évitez de répondre sous le coup de l’émotion à un commentaire négatif.',
    'Une erreur ou un oubli peut arriver à tout le monde : écrivez-nous à [communications@exemple.qc.ca](mailto:communications@exemple.qc.ca) et nous corrigerons ensemble.',
    'Les médias sociaux font partie du quotidien des élèves, des parents et du personnel.',
    'Consultez la section 3.2.1 de la politique et le site https://www.exemple.qc.ca/charte pour en savoir plus.',
    'M. Tremblay et Mme Gagnon animent la page {p} de {u} de services &laquo; avec plaisir &raquo;.',
    'Ne divulguez jamais d’information confidentielle sur un élève, un parent ou un collègue.',
  ],
  items: [
    'Respectez la vie privée d’autrui',
    'Citez vos sources',
    'Signalez tout contenu inapproprié',
    'Soulignez les réussites de vos élèves',
  ],
  intro: 'Les règles suivantes s’appliquent à tous les comptes :',
  units: ['l’école', 'l’école secondaire', 'le campus'],
};
const EN = {
  titles: [
    'Purpose',
    'Official accounts',
    'Privacy and consent',
    'Recognizing initiatives',
    'Community management',
    'When mistakes happen',
  ],
  sentences: [
    'Do not post a photo of a student without written consent from a parent or guardian.',
    'We encourage you to share your school’s *good news* and classroom projects on {p}!',
    'Employees must protect personal information, e.g. report cards and medical notes.',
    'You may open a class account once the principal of {u} has approved it.',
    'Any breach of this policy may result in disciplinary action, up to and including dismissal.',
    'The communications team will help you plan, write and review your posts, i.e. it will coach you.',
    'You should avoid replying to negative comments when you are upset.',
    'Mistakes happen: write to [comms@example.org](mailto:comms@example.org) and we will fix them together.',
    'Social media are part of daily life for students, parents and staff.',
    'See section 4.2.1 of the policy and https://www.example.org/policy for details.',
    'Dr. Smith and Mr. Lee run the {p} page of {u} on weekdays.',
    'Never disclose confidential information about a student, a parent or a colleague.',
  ],
  items: [
    'Respect the privacy of others',
    'Cite your sources',
    'Report inappropriate content',
    'Celebrate your students’ achievements',
  ],
  intro: 'The following rules apply to every account:',
  units: ['the school', 'the high school', 'the campus'],
};

const PLATFORMS = ['Facebook', 'Instagram', 'LinkedIn', 'YouTube', 'TikTok', 'Threads', 'Bluesky'];

/** A small, seeded pseudo-random generator (mulberry32), so every run benchmarks the same text. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function charter(bank, lang, n, random) {
  const any = (list) => list[Math.floor(random() * list.length)];
  // Slots vary the sentences, so no cache can turn the benchmark into repeated lookups.
  const pick = (list) =>
    any(list)
      .replace(/\{p\}/g, () => any(PLATFORMS))
      .replace(/\{u\}/g, () => `${any(bank.units)} ${Math.floor(random() * 500)}`);
  const parts = [
    `---\ntitle: Charte ${n}\ndate: 2026-01-${String((n % 28) + 1).padStart(2, '0')}\nlang: ${lang}\n---\n`,
    `# ${pick(bank.titles)} ${n}\n`,
  ];
  for (let s = 0; s < 6; s++) {
    parts.push(`## ${pick(bank.titles)}\n`);
    for (let p = 0; p < 3; p++)
      parts.push(`${Array.from({ length: 3 }, () => pick(bank.sentences)).join(' ')}\n`);
    parts.push(`${bank.intro}\n\n${bank.items.map((i) => `- ${i}`).join('\n')}\n`);
    if (s === 2)
      parts.push(
        `| ${bank.titles[0]} | ${bank.titles[1]} |\n| --- | --- |\n| ${pick(bank.items)} | ${pick(bank.items)} |\n`,
      );
    if (s === 4) parts.push(`<div class="note"><p>${pick(bank.sentences)}</p></div>\n`);
  }
  return parts.join('\n');
}

/**
 * Charter files totalling at least `minBytes` of UTF-8, half French, half English.
 * @returns {{ name: string, text: string }[]}
 */
export function generateCorpus(minBytes = 1_048_576, seed = 2026) {
  const random = rng(seed);
  const files = [];
  let bytes = 0;
  for (let n = 0; bytes < minBytes; n++) {
    const lang = n % 2 === 0 ? 'fr' : 'en';
    const text = charter(lang === 'fr' ? FR : EN, lang, n, random);
    files.push({ name: `charte-${String(n).padStart(4, '0')}-${lang}.md`, text });
    bytes += Buffer.byteLength(text);
  }
  return files;
}
