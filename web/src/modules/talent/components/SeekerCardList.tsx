import { Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { CardList } from '../../../ui/CardList';
import { LabelTag } from '../../../ui/LabelTag';
import type { SeekerPage } from '../types';

export type SeekerCardListProps = {
  page: SeekerPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Phone list of the talent pool: one card per seeker. */
export function SeekerCardList({ page, isLoading, onPageChange }: SeekerCardListProps) {
  const t = useT();
  return (
    <CardList
      page={page}
      isLoading={isLoading}
      onPageChange={onPageChange}
      caption={t('talent.seekers.caption')}
      emptyText={t('talent.seekers.empty')}
      heading={(s) => ({ text: s.name, to: `/console/seekers/${s.id}` })}
      renderBody={(s) => (
        <>
          <Flex wrap gap={4} style={{ marginBottom: 8 }}>
            {s.educationLevel ? <LabelTag tone="info">{t(`talent.education.${s.educationLevel}`)}</LabelTag> : null}
            <LabelTag>{t(`talent.source.${s.source}`)}</LabelTag>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[s.school, s.major].filter(Boolean).join(' · ') || '—'}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('talent.field.phone')}: {s.phoneMasked ?? '—'}
          </Typography.Text>
        </>
      )}
    />
  );
}
