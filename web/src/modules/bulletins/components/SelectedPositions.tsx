import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { formatEducation, formatSalary } from '../utils/format';
import { groupByEnterprise, type SelectedPosition } from '../utils/ordering';

export type SelectedPositionsProps = {
  positions: SelectedPosition[];
  onMoveEnterprise: (organisationId: string, delta: -1 | 1) => void;
  onMovePosition: (id: string, delta: -1 | 1) => void;
  onRemove: (id: string) => void;
};

/** The positions grouped by enterprise, in print order, with buttons to reorder and remove. */
export function SelectedPositions({ positions, onMoveEnterprise, onMovePosition, onRemove }: SelectedPositionsProps) {
  const t = useT();
  const groups = groupByEnterprise(positions);
  if (groups.length === 0) return <Empty description={t('bulletins.selected.empty')} />;
  return (
    <ol aria-label={t('bulletins.selected.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
      {groups.map((group, gi) => (
        <li key={group.organisationId} style={{ border: '1px solid #e5e5e5', borderRadius: 8, padding: 12 }}>
          <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong style={{ fontSize: 15 }}>
              {gi + 1}. {group.organisationName}
            </Typography.Text>
            <Flex gap={4}>
              <Button
                size="small"
                icon={<ArrowUpOutlined aria-hidden="true" />}
                disabled={gi === 0}
                onClick={() => onMoveEnterprise(group.organisationId, -1)}
                aria-label={t('bulletins.selected.enterpriseUp', { name: group.organisationName })}
              />
              <Button
                size="small"
                icon={<ArrowDownOutlined aria-hidden="true" />}
                disabled={gi === groups.length - 1}
                onClick={() => onMoveEnterprise(group.organisationId, 1)}
                aria-label={t('bulletins.selected.enterpriseDown', { name: group.organisationName })}
              />
            </Flex>
          </Flex>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }}>
            {group.positions.map((p, pi) => (
              <li key={p.id} style={{ background: '#fafafa', borderRadius: 6, padding: '6px 8px' }}>
                <Flex wrap gap={8} justify="space-between" align="center">
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text>{p.title}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 13, marginInlineStart: 8 }}>
                      {formatSalary(t, p.salaryMin, p.salaryMax)} · {formatEducation(t, p.educationLevel)} ·{' '}
                      {t('bulletins.headcount', { n: p.headcount })}
                    </Typography.Text>
                  </div>
                  <Flex gap={4}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined aria-hidden="true" />}
                      disabled={pi === 0}
                      onClick={() => onMovePosition(p.id, -1)}
                      aria-label={t('bulletins.selected.positionUp', { title: p.title })}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined aria-hidden="true" />}
                      disabled={pi === group.positions.length - 1}
                      onClick={() => onMovePosition(p.id, 1)}
                      aria-label={t('bulletins.selected.positionDown', { title: p.title })}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden="true" />}
                      onClick={() => onRemove(p.id)}
                      aria-label={t('bulletins.selected.remove', { title: p.title })}
                    />
                  </Flex>
                </Flex>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
