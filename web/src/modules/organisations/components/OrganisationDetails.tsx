import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { Organisation } from '../../../api/types';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate, formatDateTime } from '../../../ui/format';
import { OrganisationStatusTag } from './OrganisationStatusTag';

export type OrganisationDetailsProps = { organisation: Organisation };

/** Every field of a member unit. */
export function OrganisationDetails({ organisation: org }: OrganisationDetailsProps) {
  const t = useT();
  const language = useLanguage();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const text = (value: string | null) => (value && value.trim() !== '' ? value : '—');
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('org.field.name'), children: org.name },
    { key: 'shortName', label: t('org.field.shortName'), children: text(org.shortName) },
    { key: 'type', label: t('org.field.type'), children: t(`orgType.${org.type}`) },
    { key: 'industry', label: t('org.field.industry'), children: t(`industry.${org.industry}`) },
    {
      key: 'creditCode',
      label: t('org.field.creditCode'),
      children: <Typography.Text copyable={{ text: org.creditCode }}>{org.creditCode}</Typography.Text>,
    },
    {
      key: 'region',
      label: t('org.field.region'),
      children: org.regionName ? `${org.regionName}（${org.regionCode}）` : org.regionCode,
    },
    { key: 'address', label: t('org.field.address'), children: text(org.address), span: 2 },
    {
      key: 'councilRole',
      label: t('org.field.councilRole'),
      children: org.councilRole ? t(`councilRole.${org.councilRole}`) : t('org.field.councilRole.none'),
    },
    { key: 'joinedOn', label: t('org.field.joinedOn'), children: formatDate(org.joinedOn) },
    { key: 'isHighTech', label: t('org.field.isHighTech'), children: yesNo(org.isHighTech) },
    { key: 'isTechSme', label: t('org.field.isTechSme'), children: yesNo(org.isTechSme) },
    { key: 'contactName', label: t('org.field.contactName'), children: text(org.contactName) },
    { key: 'contactPhone', label: t('org.field.contactPhone'), children: text(org.contactPhone) },
    {
      key: 'contactEmail',
      label: t('org.field.contactEmail'),
      children: org.contactEmail ? <a href={`mailto:${org.contactEmail}`}>{org.contactEmail}</a> : '—',
    },
    {
      key: 'website',
      label: t('org.field.website'),
      children:
        org.website && /^https?:\/\//i.test(org.website) ? (
          <a href={org.website} target="_blank" rel="noopener noreferrer">
            {org.website}
            <span className="sr-only">{t('common.opensInNewTab')}</span>
          </a>
        ) : (
          text(org.website)
        ),
    },
    { key: 'status', label: t('org.field.status'), children: <OrganisationStatusTag isActive={org.isActive} /> },
    { key: 'version', label: t('org.field.version'), children: org.version },
    { key: 'createdAt', label: t('org.field.createdAt'), children: formatDateTime(org.createdAt, language) },
    { key: 'updatedAt', label: t('org.field.updatedAt'), children: formatDateTime(org.updatedAt, language) },
    {
      key: 'description',
      label: t('org.field.description'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{text(org.description)}</span>,
    },
  ];
  return <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} items={items} size="middle" />;
}
