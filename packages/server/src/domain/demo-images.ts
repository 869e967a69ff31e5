/**
 * Illustrations for the demo's initiatives, drawn here as SVG and rasterized (uploads never take SVG:
 * the demo goes through the same processing as a member's photo). Flat shapes, no text, no people.
 */
import sharp from 'sharp';

const W = 1200;
const H = 800;

const frame = (background: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  `<rect width="${W}" height="${H}" fill="${background}"/>${body}</svg>`;

/** A gear: `teeth` rectangles around a ring. */
function gear(cx: number, cy: number, r: number, teeth: number, fill: string): string {
  const tooth = Array.from({ length: teeth }, (_, i) => {
    const angle = (360 / teeth) * i;
    return `<rect x="${cx - r * 0.16}" y="${cy - r * 1.28}" width="${r * 0.32}" height="${r * 0.4}" rx="${r * 0.05}" fill="${fill}" transform="rotate(${angle} ${cx} ${cy})"/>`;
  }).join('');
  return `${tooth}<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/><circle cx="${cx}" cy="${cy}" r="${r * 0.38}" fill="#f4f1ea"/>`;
}

const ARTWORK = {
  robotics: frame(
    '#1f3b57',
    `${gear(430, 420, 170, 12, '#f2b84b')}${gear(760, 300, 110, 9, '#e4572e')}${gear(820, 560, 80, 8, '#76b041')}` +
      '<rect x="0" y="700" width="1200" height="100" fill="#16293d"/>',
  ),
  careers: frame(
    '#f4f1ea',
    '<rect x="0" y="560" width="1200" height="240" fill="#3b6e8f"/>' +
      '<path d="M330 560 Q330 330 520 300 L680 300 Q870 330 870 560 Z" fill="#f2b84b"/>' +
      '<rect x="290" y="540" width="620" height="50" rx="20" fill="#d99a2b"/>' +
      '<rect x="580" y="250" width="40" height="90" rx="12" fill="#d99a2b"/>' +
      '<g transform="rotate(-30 980 300)"><rect x="960" y="180" width="40" height="260" rx="18" fill="#5a5a66"/>' +
      '<circle cx="980" cy="170" r="60" fill="#5a5a66"/><rect x="962" y="100" width="36" height="70" fill="#f4f1ea"/></g>',
  ),
  storyHour: frame(
    '#fbe3d3',
    '<circle cx="980" cy="170" r="90" fill="#f2b84b"/>' +
      '<path d="M600 640 Q430 560 220 600 L220 300 Q430 260 600 340 Z" fill="#ffffff" stroke="#9c4a2f" stroke-width="10"/>' +
      '<path d="M600 640 Q770 560 980 600 L980 300 Q770 260 600 340 Z" fill="#ffffff" stroke="#9c4a2f" stroke-width="10"/>' +
      '<path d="M270 380 Q420 350 560 400 M270 440 Q420 410 560 460 M270 500 Q420 470 560 520" stroke="#c9b8a8" stroke-width="12" fill="none"/>' +
      '<path d="M640 400 Q780 350 930 380 M640 460 Q780 410 930 440 M640 520 Q780 470 930 500" stroke="#c9b8a8" stroke-width="12" fill="none"/>',
  ),
} as const;

export type DemoArtwork = keyof typeof ARTWORK;

export const DEMO_ALT: Record<DemoArtwork, string> = {
  robotics: 'Illustration : trois engrenages colorés qui s’entraînent sur un fond bleu nuit.',
  careers: 'Illustration : un casque de chantier jaune et une clé à molette.',
  storyHour: 'Illustration : un livre ouvert sous un soleil, sur un fond pêche.',
};

/** The artwork as a PNG, as a member would upload it. */
export function demoArtwork(name: DemoArtwork): Promise<Buffer> {
  return sharp(Buffer.from(ARTWORK[name])).png().toBuffer();
}
