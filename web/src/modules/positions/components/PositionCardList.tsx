import { Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { Page } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { CardList } from '../../../ui/CardList';
import { LabelTag } from '../../../ui/LabelTag';
import type { Position } from '../types';
import { formatSalary, shortRegion } from '../utils/format';
import { PositionStatusTag } from './PositionStatusTag';

export type PositionCardListProps = {
  page: Page<Position> | undefined;
  isLoading: boolean;
  showsEnterprise: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Phone list of positions: one card per position instead of a wide table. */
export function PositionCardList({ page, isLoading, showsEnterprise, onPageChange }: PositionCardListProps) {
  const t = useT();
  return (
    <CardList
      page={page}
      isLoading={isLoading}
      onPageChange={onPageChange}
      caption={t('positions.list.caption')}
      emptyText={t('positions.list.empty')}
      heading={(p) => ({ text: p.title, to: `/console/positions/${p.id}` })}
      renderBody={(p) => (
        <>
          <Flex wrap gap={4} style={{ marginBottom: 8 }}>
            <PositionStatusTag status={p.status} />
            {p.source === 'visit' ? <LabelTag tone="gold">{t('positions.source.visit')}</LabelTag> : null}
          </Flex>
          {showsEnterprise ? <Typography.Paragraph style={{ marginBottom: 4 }}>{p.organisationName}</Typography.Paragraph> : null}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {formatSalary(t, p.salaryMin, p.salaryMax)} · {shortRegion(p)} ·{' '}
            {t('positions.headcountProgress', { filled: p.filledCount, headcount: p.headcount })}
          </Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Link to={`/console/positions/${p.id}/applications`} aria-label={t('positions.action.applicationsFor', { title: p.title })}>
              {t('positions.action.applications')}
            </Link>
          </div>
        </>
      )}
    />
  );
}
