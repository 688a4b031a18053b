import { Card, Col, Row, Statistic } from 'antd';

export type Figure = { key: string; label: string; value: number | string; suffix?: string };

/** A row of figures, two per line on a phone. */
export function FigureCards({ figures }: { figures: Figure[] }) {
  return (
    <Row gutter={[12, 12]}>
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={8} lg={6} xl={figures.length > 6 ? 4 : 6}>
          <Card variant="outlined" size="small" style={{ height: '100%' }}>
            <Statistic title={figure.label} value={figure.value} {...(figure.suffix ? { suffix: figure.suffix } : {})} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
