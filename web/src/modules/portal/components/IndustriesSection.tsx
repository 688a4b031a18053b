import { Card, Col, Row, Typography } from 'antd';
import { AUXILIARY_INDUSTRIES, MAIN_INDUSTRIES } from '../../../api/types';
import { LabelTag } from '../../../ui/LabelTag';
import { useT } from '../../../i18n/useT';

export type IndustriesSectionProps = Record<string, never>;

/** The zone's "2主3辅" industry system. */
export function IndustriesSection(_props: IndustriesSectionProps) {
  const t = useT();
  const groups = [
    { key: 'main', title: t('industries.main'), tag: t('industries.mainTag'), items: MAIN_INDUSTRIES, tone: 'info' },
    {
      key: 'auxiliary',
      title: t('industries.auxiliary'),
      tag: t('industries.auxiliaryTag'),
      items: AUXILIARY_INDUSTRIES,
      tone: 'success',
    },
  ] as const;
  return (
    <section aria-labelledby="industries-title">
      <Typography.Title id="industries-title" level={2} style={{ fontSize: 22 }}>
        {t('industries.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('industries.lead')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {groups.map((group) => (
          <Col key={group.key} xs={24} md={12}>
            <Card variant="outlined" style={{ height: '100%' }}>
              <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0 }}>
                {group.title}
              </Typography.Title>
              <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
                {group.items.map((industry) => (
                  <li key={industry} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <LabelTag tone={group.tone}>{group.tag}</LabelTag>
                    <span style={{ fontSize: 16 }}>{t(`industry.${industry}`)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
