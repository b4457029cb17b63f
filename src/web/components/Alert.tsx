/** DKFDS alert. Errors and warnings are announced (role="alert"); info and success are polite. */
import type { ReactNode } from 'react';
import { useTexts } from '../texts.ts';
import { Icon, type IconName } from './Icon.tsx';
import { commonTexts } from './texts.ts';

type Variant = 'info' | 'success' | 'warning' | 'error';

const iconOf: Record<Variant, IconName> = { info: 'info', success: 'success', warning: 'warning', error: 'error' };
/** Whole class names, so that the build keeps their design-system CSS (it keeps the classes the sources name). */
const classOf: Record<Variant, string> = { info: 'alert alert-info', success: 'alert alert-success', warning: 'alert alert-warning', error: 'alert alert-error' };

export function Alert({
  variant,
  heading,
  headingLevel = 2,
  children,
  id,
  announce = true,
}: {
  variant: Variant;
  heading?: string;
  headingLevel?: 2 | 3;
  children?: ReactNode;
  id?: string;
  /** false: no role of its own, when it sits inside a live region that announces it. */
  announce?: boolean;
}) {
  const t = useTexts(commonTexts);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const label = variant === 'error' ? t('common.error') : undefined;
  return (
    <div
      id={id}
      className={classOf[variant]}
      role={!announce ? undefined : variant === 'error' || variant === 'warning' ? 'alert' : 'status'}
    >
      <Icon name={iconOf[variant]} className="alert-icon" label={label} />
      <div className="alert-body">
        {heading && <Heading className="alert-heading">{heading}</Heading>}
        {typeof children === 'string' ? <p className="alert-text">{children}</p> : children}
      </div>
    </div>
  );
}
