import { Card, Col, Row, Statistic } from 'antd';
import { useT } from '../../../i18n/useT';
import { useCouncilSummary } from '../hooks/useGovernanceQueries';

/** The council today: member units in all and by role (give it a new `key` to ask again after a change). */
export function CouncilSummaryCard() {
  const t = useT();
  const { data } = useCouncilSummary();
  if (!data) return null;
  return (
    <Card variant="outlined" title={t('gov.council.summary')} style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6} lg={4}>
          <Statistic title={t('gov.council.members')} value={data.members} />
        </Col>
        {data.byRole.map((row) => (
          <Col key={row.role} xs={12} md={6} lg={4}>
            <Statistic title={t(`councilRole.${row.role}`)} value={row.count} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
