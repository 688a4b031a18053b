import { Col, Row, Typography } from 'antd';
import type { AuditEntry } from '../../../api/types';
import { useT } from '../../../i18n/useT';

export type AuditChangeProps = { entry: AuditEntry };

function pretty(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return JSON.stringify(value, null, 2);
}

/** The record before and after the change, as formatted JSON. */
export function AuditChange({ entry }: AuditChangeProps) {
  const t = useT();
  return (
    <Row gutter={[16, 12]}>
      <Col xs={24} md={12}>
        <Typography.Text strong id={`audit-before-${entry.id}`}>
          {t('audit.before')}
        </Typography.Text>
        <pre className="qiao-json" aria-labelledby={`audit-before-${entry.id}`} tabIndex={0}>
          {pretty(entry.before)}
        </pre>
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong id={`audit-after-${entry.id}`}>
          {t('audit.after')}
        </Typography.Text>
        <pre className="qiao-json" aria-labelledby={`audit-after-${entry.id}`} tabIndex={0}>
          {pretty(entry.after)}
        </pre>
      </Col>
    </Row>
  );
}
