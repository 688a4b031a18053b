import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { PublicFair } from '../../fairs/types';
import { FairFacts } from './FairFacts';
import { FairKindTag } from './FairKindTag';

export type FairCardProps = { fair: PublicFair };

/** One fair of the calendar; special fairs stand out with a coloured edge and their focus in words. */
export function FairCard({ fair }: FairCardProps) {
  const t = useT();
  const isSpecial = fair.kind === 'special';
  const positions = fair.enterprises.reduce((sum, e) => sum + e.positions.length, 0);
  return (
    <Card
      size="small"
      variant="outlined"
      style={isSpecial ? { borderColor: '#ffb300', borderInlineStartWidth: 6, background: '#fffdf5' } : undefined}
    >
      <Flex wrap gap={6} align="center" style={{ marginBottom: 6 }}>
        <FairKindTag kind={fair.kind} specialFocus={fair.specialFocus} />
        {fair.phase === 'running' ? <LabelTag tone="success">{t('fairDay.phase.running')}</LabelTag> : null}
        {fair.status === 'cancelled' ? <LabelTag>{t('fairDay.status.cancelled')}</LabelTag> : null}
      </Flex>
      <Typography.Title level={3} style={{ fontSize: 18, margin: '0 0 6px' }}>
        <Link to={`/fairs/${fair.id}`}>{fair.title}</Link>
      </Typography.Title>
      <FairFacts startsAt={fair.startsAt} endsAt={fair.endsAt} venue={fair.venue} hostName={fair.hostOrganisation?.name} />
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
        {t('fairDay.card.summary', { enterprises: fair.enterprises.length, positions })}
      </Typography.Paragraph>
    </Card>
  );
}
