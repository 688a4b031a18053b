import { Alert } from 'antd';
import { useT } from '../../../i18n/useT';
import type { Position } from '../types';

export type PositionStatusNoticeProps = { position: Position };

/** What the position's state means for its enterprise; a returned one shows the operator's reason. */
export function PositionStatusNotice({ position }: PositionStatusNoticeProps) {
  const t = useT();
  switch (position.status) {
    case 'returned':
      return (
        <Alert
          type="warning"
          showIcon
          title={t('positions.returned.title')}
          description={
            <>
              <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                <strong>{t('position.field.returnReason')}：</strong>
                {position.returnReason ?? '—'}
              </p>
              <p style={{ margin: '8px 0 0' }}>{t('positions.returned.hint')}</p>
            </>
          }
        />
      );
    case 'draft':
      return <Alert type="info" showIcon title={t('positions.draft.hint')} />;
    case 'submitted':
      return <Alert type="info" showIcon title={t('positions.submitted.hint')} />;
    case 'published':
      return <Alert type="success" showIcon title={t('positions.published.hint')} />;
    case 'closed':
    case 'filled':
      return null;
  }
}
