import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

export type SecurityCardProps = {
  title: string;
  /** id of the title, for the forms inside to be named by it (aria-labelledby). */
  titleId: string;
  /** Outlined in amber when the session is restricted until this step is done. */
  isRequired: boolean;
  children: ReactNode;
};

/** One card of the security page, titled with an h2. */
export function SecurityCard({ title, titleId, isRequired, children }: SecurityCardProps) {
  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} id={titleId}>
          {title}
        </Typography.Title>
      }
      style={isRequired ? { borderColor: '#a15c00', borderWidth: 2 } : undefined}
    >
      {children}
    </Card>
  );
}
