import type { InitiativeImage } from '../api/types.js';

/** An initiative's thumbnail in a list or a feed: its description as alt text, sized before it loads. */
export function Thumbnail({ image, className = 'thumb' }: { image: InitiativeImage; className?: string }) {
  return (
    <img
      className={className}
      src={image.thumbUrl}
      alt={image.alt}
      width={image.thumbWidth}
      height={image.thumbHeight}
      loading="lazy"
      decoding="async"
    />
  );
}
