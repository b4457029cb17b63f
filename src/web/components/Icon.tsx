/**
 * DKFDS icons: a sprite of only the icons the app uses (the design system's full sprite is 53 kB),
 * made from DKFDS's single-icon files, bundled locally and referenced by symbol id. An icon not
 * listed here is a type error where it is used.
 */
import arrowBack from '~dkfds/img/svg-icons/arrow-back.svg?raw';
import close from '~dkfds/img/svg-icons/close.svg?raw';
import deleteIcon from '~dkfds/img/svg-icons/delete.svg?raw';
import download from '~dkfds/img/svg-icons/download.svg?raw';
import edit from '~dkfds/img/svg-icons/edit.svg?raw';
import error from '~dkfds/img/svg-icons/error.svg?raw';
import info from '~dkfds/img/svg-icons/info.svg?raw';
import language from '~dkfds/img/svg-icons/language.svg?raw';
import lock from '~dkfds/img/svg-icons/lock.svg?raw';
import menu from '~dkfds/img/svg-icons/menu.svg?raw';
import plus from '~dkfds/img/svg-icons/plus.svg?raw';
import success from '~dkfds/img/svg-icons/success.svg?raw';
import warning from '~dkfds/img/svg-icons/warning.svg?raw';

const icons = {
  'arrow-back': arrowBack,
  close,
  delete: deleteIcon,
  download,
  edit,
  error,
  info,
  language,
  lock,
  menu,
  plus,
  success,
  warning,
};

export type IconName = keyof typeof icons;

/** `<svg … viewBox="…">…</svg>` (one DKFDS icon file) as `<symbol id="name" viewBox="…">…</symbol>`. */
export function symbolOf(name: string, svg: string): string {
  const match = /<svg\b[^>]*?\bviewBox="([^"]*)"[^>]*>([\s\S]*)<\/svg>/.exec(svg);
  if (!match) throw new Error(`the DKFDS icon ${name} is not an <svg> with a viewBox`);
  return `<symbol id="${name}" viewBox="${match[1]}">${match[2]}</symbol>`;
}

export const sprite = `<svg xmlns="http://www.w3.org/2000/svg">${Object.entries(icons)
  .map(([name, svg]) => symbolOf(name, svg))
  .join('')}</svg>`;

/** Render once, at the top of the app. */
export function IconSprite() {
  return <div className="hide-base-svg" aria-hidden="true" dangerouslySetInnerHTML={{ __html: sprite }} />;
}

export function Icon({ name, className, label }: { name: IconName; className?: string; label?: string }) {
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
