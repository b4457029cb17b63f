/** DKFDS icons: the design system's SVG sprite, bundled locally and referenced by symbol id. */
import sprite from '~dkfds/img/all-svg-icons.svg?raw';

const symbols = sprite.replace(/^[\s\S]*?(<svg)/, '$1');

/** Render once, at the top of the app. */
export function IconSprite() {
  return <div className="hide-base-svg" aria-hidden="true" dangerouslySetInnerHTML={{ __html: symbols }} />;
}

export function Icon({ name, className, label }: { name: string; className?: string; label?: string }) {
  return (
    <svg
      className={`icon-svg${className ? ` ${className}` : ''}`}
      focusable="false"
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? 'img' : undefined}
    >
      <use href={`#${name}`} />
    </svg>
  );
}
