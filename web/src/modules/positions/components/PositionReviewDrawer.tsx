import { Drawer, Flex } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { useIsPhone } from '../../../ui/useIsPhone';
import type { Position } from '../types';
import { PositionDetails } from './PositionDetails';
import { PositionReviewActions } from './PositionReviewActions';

export type PositionReviewDrawerProps = {
  position: Position | null;
  onClose: () => void;
  onReviewed: (position: Position) => void;
};

/** A submitted position's every field, with 通过 / 退回 at the bottom. */
export function PositionReviewDrawer({ position, onClose, onReviewed }: PositionReviewDrawerProps) {
  const t = useT();
  const isPhone = useIsPhone();
  return (
    <Drawer
      open={position !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 720}
      title={position ? t('positionReview.drawer.title', { title: position.title }) : ''}
      footer={
        position ? (
          <Flex wrap gap={8}>
            <PositionReviewActions position={position} onReviewed={onReviewed} />
          </Flex>
        ) : null
      }
    >
      {position ? (
        <Flex vertical gap={12}>
          <PositionDetails position={position} column={1} />
          <Link to={`/console/positions/${position.id}`}>{t('positionReview.openFull')}</Link>
        </Flex>
      ) : null}
    </Drawer>
  );
}
