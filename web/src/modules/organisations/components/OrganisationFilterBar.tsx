import { Button, Col, Form, Input, Row } from 'antd';
import { COUNCIL_ROLES, INDUSTRIES, ORGANISATION_TYPES } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';
import type { OrganisationFilters } from '../utils/filters';

export type OrganisationFilterBarProps = {
  filters: OrganisationFilters;
  onChange: (changes: Partial<OrganisationFilters>) => void;
  onReset: () => void;
};

/** Search box and the type / industry / council role / status filters. */
export function OrganisationFilterBar({ filters, onChange, onReset }: OrganisationFilterBarProps) {
  const t = useT();
  const typeOptions = ORGANISATION_TYPES.map((value) => ({ value, label: t(`orgType.${value}`) }));
  const industryOptions = INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) }));
  const councilOptions: { value: Exclude<OrganisationFilters['councilRole'], ''>; label: string }[] = [
    { value: 'any', label: t('org.filters.councilAny') },
    ...COUNCIL_ROLES.map((value) => ({ value, label: t(`councilRole.${value}`) })),
    { value: 'none', label: t('org.field.councilRole.none') },
  ];
  const activeOptions: { value: Exclude<OrganisationFilters['isActive'], ''>; label: string }[] = [
    { value: 'true', label: t('org.status.active') },
    { value: 'false', label: t('org.status.inactive') },
  ];
  const hasFilters = Boolean(filters.q || filters.type || filters.industry || filters.councilRole || filters.isActive);

  function handleSearch(value: string) {
    onChange({ q: value.trim() });
  }

  return (
    <div role="search" aria-label={t('org.filters.label')}>
      <Form layout="vertical" style={{ marginBottom: 8 }}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} lg={8}>
            <Form.Item label={t('org.filters.q')} htmlFor="org-filter-q">
              <Input.Search
                id="org-filter-q"
                key={filters.q}
                defaultValue={filters.q}
                placeholder={t('org.filters.q.placeholder')}
                allowClear
                enterButton={t('common.search')}
                onSearch={handleSearch}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <FilterSelect
              id="org-filter-type"
              label={t('org.field.type')}
              value={filters.type}
              options={typeOptions}
              onChange={(type) => onChange({ type })}
            />
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <FilterSelect
              id="org-filter-industry"
              label={t('org.field.industry')}
              value={filters.industry}
              options={industryOptions}
              onChange={(industry) => onChange({ industry })}
            />
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <FilterSelect
              id="org-filter-council"
              label={t('org.field.councilRole')}
              value={filters.councilRole}
              options={councilOptions}
              onChange={(councilRole) => onChange({ councilRole })}
            />
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <FilterSelect
              id="org-filter-active"
              label={t('org.field.status')}
              value={filters.isActive}
              options={activeOptions}
              onChange={(isActive) => onChange({ isActive })}
            />
          </Col>
        </Row>
        {hasFilters ? (
          <Button onClick={onReset} style={{ marginBottom: 16 }}>
            {t('common.resetFilters')}
          </Button>
        ) : null}
      </Form>
    </div>
  );
}
