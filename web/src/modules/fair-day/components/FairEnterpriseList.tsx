import { Card, Empty, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { PublicFair } from '../../fairs/types';

export type FairEnterpriseListProps = { fair: PublicFair };

function formatSalary(min: number | null | undefined, max: number | null | undefined): string | null {
  if (!min && !max) return null;
  if (min && max) return `${min}–${max}`;
  return String(min ?? max);
}

/**
 * The enterprises of a fair by booth number with the positions they bring. At a fair for people
 * with disabilities the disability-friendly positions are marked (in words, not only colour).
 */
export function FairEnterpriseList({ fair }: FairEnterpriseListProps) {
  const t = useT();
  const isDisabilityFair = fair.kind === 'special' && fair.specialFocus === 'disability';
  const enterprises = [...fair.enterprises].sort((a, b) => (a.boothNumber ?? '').localeCompare(b.boothNumber ?? '', 'en', { numeric: true }));
  if (enterprises.length === 0) return <Empty description={t('fairDay.enterprises.empty')} />;
  return (
    <ul aria-label={t('fairDay.enterprises.title')} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}>
      {enterprises.map((enterprise) => (
        <li key={`${enterprise.boothNumber ?? ''}-${enterprise.name}`}>
          <Card size="small" variant="outlined">
            <Flex align="center" gap={8} wrap>
              {enterprise.boothNumber ? <LabelTag tone="info">{t('fairDay.booth.number', { number: enterprise.boothNumber })}</LabelTag> : null}
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                {enterprise.name}
              </Typography.Title>
            </Flex>
            <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
              {enterprise.positions.map((position) => {
                const salary = formatSalary(position.salaryMin, position.salaryMax);
                return (
                  <li key={position.id} style={{ marginBottom: 4 }}>
                    <Flex wrap gap={6} align="center">
                      <Typography.Text strong>{position.title}</Typography.Text>
                      <Typography.Text type="secondary">{t('fairDay.position.headcount', { count: position.headcount })}</Typography.Text>
                      {salary ? <Typography.Text type="secondary">{t('fairDay.position.salary', { salary })}</Typography.Text> : null}
                      {isDisabilityFair && position.isDisabilityFriendly ? (
                        <LabelTag tone="success">{t('fairDay.position.disabilityFriendly')}</LabelTag>
                      ) : null}
                    </Flex>
                  </li>
                );
              })}
            </ul>
          </Card>
        </li>
      ))}
    </ul>
  );
}
