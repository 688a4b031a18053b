import { Alert, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { IndexDetail } from '../types';
import { formatScore } from '../utils/format';
import { IndexBreakdownTable } from './IndexBreakdownTable';

export type IndexDetailViewProps = { detail: IndexDetail };

/** An enterprise's index for a year: score, rank, weights version, and the breakdown with its records. */
export function IndexDetailView({ detail }: IndexDetailViewProps) {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <Card variant="outlined">
        <Row gutter={[24, 16]}>
          <Col xs={24} sm={8}>
            <Statistic title={t('innovation.score')} value={formatScore(detail.score)} />
          </Col>
          <Col xs={12} sm={8}>
            <Statistic title={t('innovation.rank')} value={t('innovation.rankValue', { rank: detail.rank, count: detail.peerCount })} />
          </Col>
          <Col xs={12} sm={8}>
            <Statistic
              title={t('innovation.weightsVersion')}
              value={detail.weightsVersion === 0 ? t('innovation.weightsDefault') : t('innovation.weightsVersionValue', { version: detail.weightsVersion })}
            />
          </Col>
        </Row>
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          {detail.isHighTech ? <LabelTag tone="success">{t('innovation.highTech')}</LabelTag> : null}
          {detail.isTechSme ? <LabelTag tone="teal">{t('innovation.techSme')}</LabelTag> : null}
          <Typography.Text type="secondary">{t('innovation.peers', { count: detail.peerCount })}</Typography.Text>
        </Flex>
      </Card>
      {detail.rdInput ? null : <Alert type="info" showIcon title={t('innovation.rd.none', { year: detail.year })} />}
      <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('innovation.breakdown.title')}</Typography.Title>}>
        <IndexBreakdownTable factors={detail.factors} score={detail.score} />
      </Card>
    </Flex>
  );
}
