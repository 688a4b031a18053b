import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useOrganisation } from '../hooks/useOrganisation';
import { OrganisationStatusTag } from './OrganisationStatusTag';

export type OrganisationSummaryCardProps = { organisationId: string };

/** The signed-in user's own organisation, for the dashboard. */
export function OrganisationSummaryCard({ organisationId }: OrganisationSummaryCardProps) {
  const t = useT();
  const { data: org, error, isLoading } = useOrganisation(organisationId);
  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('dashboard.ownOrganisation')}
        </Typography.Title>
      }
      extra={<Link to="/console/organisation">{t('common.viewDetails')}</Link>}
    >
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading && !org ? <LoadingBlock /> : null}
      {org ? (
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: t('org.field.name'), children: org.name },
            { key: 'type', label: t('org.field.type'), children: t(`orgType.${org.type}`) },
            { key: 'industry', label: t('org.field.industry'), children: t(`industry.${org.industry}`) },
            {
              key: 'councilRole',
              label: t('org.field.councilRole'),
              children: org.councilRole ? t(`councilRole.${org.councilRole}`) : t('org.field.councilRole.none'),
            },
            { key: 'joinedOn', label: t('org.field.joinedOn'), children: formatDate(org.joinedOn) },
            { key: 'creditCode', label: t('org.field.creditCode'), children: org.creditCode },
            { key: 'region', label: t('org.field.region'), children: org.regionName ?? org.regionCode },
            { key: 'status', label: t('org.field.status'), children: <OrganisationStatusTag isActive={org.isActive} /> },
          ]}
        />
      ) : null}
    </Card>
  );
}
