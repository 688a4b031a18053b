import { Spin } from 'antd';
import { useT } from '../i18n/useT';

export type LoadingBlockProps = { minHeight?: number };

export function LoadingBlock({ minHeight = 160 }: LoadingBlockProps) {
  const t = useT();
  return (
    <div role="status" aria-live="polite" style={{ display: 'grid', placeItems: 'center', minHeight }}>
      <Spin />
      <span className="sr-only">{t('common.loading')}</span>
    </div>
  );
}
