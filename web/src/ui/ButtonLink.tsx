import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

export type ButtonLinkProps = Omit<ButtonProps, 'href' | 'onClick'> & { to: string };

/** A link that looks like a button and navigates inside the app (keeps ctrl-click etc.). */
export function ButtonLink({ to, ...rest }: ButtonLinkProps) {
  const href = useHref(to);
  const handleLinkClick = useLinkClickHandler<HTMLAnchorElement>(to);
  function handleClick(event: MouseEvent<HTMLElement>) {
    handleLinkClick(event as MouseEvent<HTMLAnchorElement>);
  }
  return <Button {...rest} href={href} onClick={handleClick} />;
}
