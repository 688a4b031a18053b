import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { formatSalary } from '../../positions/utils/format';
import type { RunSheetItem } from '../types';
import { PositionFacts } from './PositionFacts';

export type OnAirCardProps = {
  item: RunSheetItem | null;
  /** What to show when nothing is on air (before, between or after the positions). */
  idleText: string;
  /** The apply button (or sign-in) under the position. */
  action?: ReactNode;
};

/** The position on air now, large: title, enterprise, salary, facts, the presenter's notes and 立即投递. */
export function OnAirCard({ item, idleText, action }: OnAirCardProps) {
  const t = useT();
  return (
    <Card
      variant="outlined"
      className="qiao-live-onair"
      style={item ? { borderColor: '#c62828', borderWidth: 2 } : undefined}
      styles={{ body: { padding: 16 } }}
    >
      <Flex vertical gap={8}>
        <Flex align="center" gap={8}>
          <span className={item ? 'qiao-live-badge qiao-live-badge-on' : 'qiao-live-badge'}>{t('live.onAir.badge')}</span>
          <Typography.Text type="secondary">{item ? t('live.onAir.now') : t('live.onAir.none')}</Typography.Text>
        </Flex>
        {item ? (
          <>
            <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
              {item.position.title}
            </Typography.Title>
            <Typography.Text style={{ fontSize: 15 }}>{item.position.organisation.name}</Typography.Text>
            <p className="qiao-salary" style={{ fontSize: 20, margin: 0 }}>
              {formatSalary(t, item.position.salaryMin, item.position.salaryMax)}
            </p>
            <PositionFacts position={item.position} />
            {item.notes ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>{item.notes}</Typography.Paragraph> : null}
            {action}
          </>
        ) : (
          <Typography.Paragraph style={{ margin: 0 }}>{idleText}</Typography.Paragraph>
        )}
      </Flex>
    </Card>
  );
}
