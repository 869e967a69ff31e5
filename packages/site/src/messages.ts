import type { Lang } from '@charte/analyzer';

/** Everything a reader sees in the site's chrome, in each language. Bodies are the charter's own text. */
export interface SiteMessages {
  /** The language's name in itself, for the language switch. */
  langName: string;
  skipLink: string;
  /** Label of the language switch landmark. */
  langSwitch: string;
  /** Text of a language-switch link, in the target language. */
  readIn: string;
  /** Label of the series navigation (all the parts). */
  seriesNav: string;
  /** Label of the previous/next navigation. */
  pagerNav: string;
  previous: string;
  next: string;
  toc: string;
  /** Link back to the index page, in the footer. */
  backToIndex: string;
  published: string;
  modified: string;
  by: string;
  categories: string;
  toneReport: string;
  /** Link to the whole edition on one page. */
  printVersion: string;
  pdfVersion: string;
  /** Link to the organization's gallery of initiatives. */
  showcase: string;
  /** Shown on the index when an edition has no part yet. */
  noParts: string;
  /** The root page of a bilingual site. */
  chooserHeading: string;
  /** Shown when the charter has no edition at all. */
  emptyCharter: string;
  /** Title of an edition or part that has none. */
  untitled: string;
}

export const MESSAGES: Record<Lang, SiteMessages> = {
  fr: {
    langName: 'Français',
    skipLink: 'Aller au contenu',
    langSwitch: 'Langue',
    readIn: 'Lire en français',
    seriesNav: 'Parties de la charte',
    pagerNav: 'Partie précédente et suivante',
    previous: 'Précédent',
    next: 'Suivant',
    toc: 'Table des matières',
    backToIndex: 'Table des matières',
    published: 'Publié le',
    modified: 'Modifié le',
    by: 'Par',
    categories: 'Catégories\u00a0:',
    toneReport: 'Rapport de ton',
    printVersion: 'Version imprimable',
    pdfVersion: 'Télécharger en PDF',
    showcase: 'Nos initiatives à l’honneur',
    noParts: 'Cette charte n’a pas encore de partie.',
    chooserHeading: 'Choisissez votre langue',
    emptyCharter: 'Cette charte n’a pas encore de contenu.',
    untitled: 'Sans titre',
  },
  en: {
    langName: 'English',
    skipLink: 'Skip to content',
    langSwitch: 'Language',
    readIn: 'Read in English',
    seriesNav: 'Parts of the charter',
    pagerNav: 'Previous and next part',
    previous: 'Previous',
    next: 'Next',
    toc: 'Table of contents',
    backToIndex: 'Table of contents',
    published: 'Published',
    modified: 'Updated',
    by: 'By',
    categories: 'Categories:',
    toneReport: 'Tone report',
    printVersion: 'Printable version',
    pdfVersion: 'Download as PDF',
    showcase: 'Our initiatives in the spotlight',
    noParts: 'This charter has no part yet.',
    chooserHeading: 'Choose your language',
    emptyCharter: 'This charter has no content yet.',
    untitled: 'Untitled',
  },
};

export function messages(lang: Lang): SiteMessages {
  return MESSAGES[lang];
}
