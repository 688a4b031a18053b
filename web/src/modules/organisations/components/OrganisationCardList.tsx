import { Flex, Typography } from 'antd';
import type { Organisation, Page } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { CardList } from '../../../ui/CardList';
import { LabelTag } from '../../../ui/LabelTag';
import { OrganisationStatusTag } from './OrganisationStatusTag';

export type OrganisationCardListProps = {
  page: Page<Organisation> | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Phone list of member units: one card per organisation instead of a wide table. */
export function OrganisationCardList({ page, isLoading, onPageChange }: OrganisationCardListProps) {
  const t = useT();
  return (
    <CardList
      page={page}
      isLoading={isLoading}
      onPageChange={onPageChange}
      caption={t('org.list.caption')}
      emptyText={t('org.list.empty')}
      heading={(org) => ({ text: org.name, to: `/console/organisations/${org.id}` })}
      renderBody={(org) => (
        <>
          <Flex wrap gap={4} style={{ marginBottom: 8 }}>
            <LabelTag>{t(`orgType.${org.type}`)}</LabelTag>
            <LabelTag>{t(`industry.${org.industry}`)}</LabelTag>
            {org.councilRole ? <LabelTag tone="gold">{t(`councilRole.${org.councilRole}`)}</LabelTag> : null}
            <OrganisationStatusTag isActive={org.isActive} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('org.field.creditCode')}: {org.creditCode}
          </Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('org.field.region')}: {org.regionName ?? org.regionCode}
          </Typography.Text>
        </>
      )}
    />
  );
}
