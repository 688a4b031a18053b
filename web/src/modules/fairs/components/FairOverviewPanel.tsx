import { DownloadOutlined, QrcodeOutlined, ScanOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useRegionNamer } from '../../matching/hooks/useRegionNamer';
import type { Fair } from '../types';
import { formatFairDates, formatInstant } from '../utils/format';
import { specialFocusLabel } from '../utils/labels';
import { boothListPdfUrl, venueSheetPdfUrl } from '../utils/urls';
import { FairStatusTag } from './FairStatusTag';
import { FigureCards } from './FigureCards';

export type FairOverviewPanelProps = {
  fair: Fair;
  /** What an enterprise sees of its own booth (registration, number, QR), under the facts. */
  ownBooth?: ReactNode;
};

/** 概况: the fair's facts, its figures and, for its managers, the printouts and the phone pages. */
export function FairOverviewPanel({ fair, ownBooth }: FairOverviewPanelProps) {
  const t = useT();
  const language = useLanguage();
  const regionName = useRegionNamer();
  const focus = specialFocusLabel(t, fair.specialFocus);
  const sectionTitle = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 16, margin: '8px 0' }}>
      {text}
    </Typography.Title>
  );
  return (
    <Flex vertical gap={16}>
      <FigureCards
        figures={[
          { key: 'booths', label: t('fairs.figure.boothsApproved'), value: fair.counts.boothsApproved, suffix: `/ ${fair.boothCapacity}` },
          ...(fair.canManage ? [{ key: 'pending', label: t('fairs.figure.boothsPending'), value: fair.counts.boothsPending }] : []),
          {
            key: 'registered',
            label: t('fairs.figure.registered'),
            value: fair.counts.registered,
            ...(fair.seekerCapacity ? { suffix: `/ ${fair.seekerCapacity}` } : {}),
          },
          { key: 'checkedIn', label: t('fairs.figure.checkedIn'), value: fair.counts.checkedIn },
        ]}
      />
      {ownBooth}
      <section aria-labelledby="fair-facts">
        <Typography.Title id="fair-facts" level={2} style={{ fontSize: 16, margin: '8px 0' }}>
          {t('fairs.overview.facts')}
        </Typography.Title>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label={t('fairs.field.kind')}>
            {t(`fairs.kind.${fair.kind}`)}
            {focus ? ` · ${focus}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.status')}>
            <FairStatusTag fair={fair} />
          </Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.dates')}>{formatFairDates(fair.startsAt, fair.endsAt, language)}</Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.registrationClosesAt')}>
            {formatInstant(fair.registrationClosesAt ?? fair.startsAt, language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.venue')}>{fair.venue}</Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.region')}>{regionName(fair.regionCode)}</Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.host')}>{fair.hostOrganisation?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.coOrganisers')}>
            {fair.coOrganisers.length > 0 ? fair.coOrganisers.map((o) => o.name).join('、') : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.boothCapacity')}>{fair.boothCapacity}</Descriptions.Item>
          <Descriptions.Item label={t('fairs.field.seekerCapacity')}>{fair.seekerCapacity ?? t('fairs.overview.noLimit')}</Descriptions.Item>
          {fair.description ? (
            <Descriptions.Item label={t('fairs.field.description')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{fair.description}</Typography.Paragraph>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </section>
      {fair.canManage ? (
        <section aria-label={t('fairs.overview.tools')}>
          {sectionTitle(t('fairs.overview.tools'))}
          <Flex wrap gap={8}>
            <Button href={boothListPdfUrl(fair.id)} target="_blank" rel="noopener" icon={<DownloadOutlined aria-hidden="true" />}>
              {t('fairs.overview.boothListPdf')}
              <span className="sr-only">{t('common.opensInNewTab')}</span>
            </Button>
            <Button href={venueSheetPdfUrl(fair.id)} target="_blank" rel="noopener" icon={<QrcodeOutlined aria-hidden="true" />}>
              {t('fairs.overview.venueSheetPdf')}
              <span className="sr-only">{t('common.opensInNewTab')}</span>
            </Button>
            {fair.status === 'published' && fair.phase !== 'over' ? (
              <ButtonLink to={`/console/fairs/${fair.id}/checkin`} type="primary" icon={<ScanOutlined aria-hidden="true" />}>
                {t('fairs.overview.checkin')}
              </ButtonLink>
            ) : null}
          </Flex>
        </section>
      ) : null}
    </Flex>
  );
}
