import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

export type PositionSectionProps = { id: string; title: string; children: ReactNode };

/** One titled part of a position page (岗位职责, 任职要求 …). */
export function PositionSection({ id, title, children }: PositionSectionProps) {
  return (
    <Card variant="outlined" className="qiao-position-section">
      <section aria-labelledby={id}>
        <Typography.Title id={id} level={2}>
          {title}
        </Typography.Title>
        {children}
      </section>
    </Card>
  );
}
