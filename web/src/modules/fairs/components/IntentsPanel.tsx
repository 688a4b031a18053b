import { DownloadOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Row } from 'antd';
import { useMemo, useState } from 'react';
import { INTENT_LEVELS, type IntentLevel } from '../../../../../src/modules/fairs/fairs.codes';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FilterSelect } from '../../../ui/FilterSelect';
import { type IntentFilters, useBooths, useIntents } from '../hooks/useFairQueries';
import type { Fair, Intent } from '../types';
import { intentsXlsxUrl } from '../utils/urls';
import { IntentResumeDrawer } from './IntentResumeDrawer';
import { IntentTable } from './IntentTable';

export type IntentsPanelProps = { fair: Fair; isEnterprise: boolean };

/** 意向: the fair's intents (an enterprise: its own), filtered by enterprise, position and level, and the xlsx export. */
export function IntentsPanel({ fair, isEnterprise }: IntentsPanelProps) {
  const t = useT();
  const [filters, setFilters] = useState<IntentFilters>({ organisationId: '', positionId: '', level: '', page: 1, pageSize: 20 });
  const { data, error, isLoading } = useIntents(fair.id, filters);
  const booths = useBooths(fair.id);
  const [showing, setShowing] = useState<Intent | null>(null);
  const showsOrganisation = !isEnterprise || fair.canManage;
  const approved = useMemo(() => (booths.data?.items ?? []).filter((b) => b.status === 'approved'), [booths.data]);
  const positions = useMemo(
    () => approved.filter((b) => !filters.organisationId || b.organisation.id === filters.organisationId).flatMap((b) => b.positions),
    [approved, filters.organisationId],
  );

  function update(changes: Partial<IntentFilters>) {
    setFilters((current) => ({ ...current, ...changes, ...('page' in changes ? {} : { page: 1 }) }));
  }

  return (
    <Flex vertical gap={12}>
      <div role="search" aria-label={t('fairs.intents.filters')}>
        <Form layout="vertical">
          <Row gutter={12} align="bottom">
            {showsOrganisation ? (
              <Col xs={24} md={8}>
                <FilterSelect
                  id="intent-filter-organisation"
                  label={t('fairs.booth.organisation')}
                  value={filters.organisationId}
                  options={approved.map((b) => ({ value: b.organisation.id, label: b.boothNumber ? `${b.boothNumber} ${b.organisation.name}` : b.organisation.name }))}
                  onChange={(organisationId) => update({ organisationId, positionId: '' })}
                />
              </Col>
            ) : null}
            <Col xs={24} md={8}>
              <FilterSelect
                id="intent-filter-position"
                label={t('fairs.intent.position')}
                value={filters.positionId}
                options={positions.map((p) => ({ value: p.id, label: p.title }))}
                onChange={(positionId) => update({ positionId })}
              />
            </Col>
            <Col xs={12} md={4}>
              <FilterSelect<IntentLevel>
                id="intent-filter-level"
                label={t('fairs.intent.level')}
                value={filters.level as IntentLevel | ''}
                options={INTENT_LEVELS.map((value) => ({ value, label: t(`fairs.level.${value}`) }))}
                onChange={(level) => update({ level })}
              />
            </Col>
            <Col xs={12} md={4}>
              <Form.Item>
                <Button href={intentsXlsxUrl(fair.id, filters.organisationId || undefined)} download icon={<DownloadOutlined aria-hidden="true" />} block>
                  {t('fairs.intents.export')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      <IntentTable
        caption={t('fairs.intents.caption', { title: fair.title })}
        intents={data?.items ?? []}
        isLoading={isLoading}
        showsOrganisation={showsOrganisation}
        onShowResume={setShowing}
        pagination={{
          current: data?.page ?? filters.page,
          pageSize: data?.pageSize ?? filters.pageSize,
          total: data?.total ?? 0,
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
        emptyText={t('fairs.intents.empty')}
      />
      <IntentResumeDrawer intent={showing} onClose={() => setShowing(null)} />
    </Flex>
  );
}
