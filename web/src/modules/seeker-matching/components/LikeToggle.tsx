import { HeartFilled, HeartOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useT } from '../../../i18n/useT';
import type { LikeState } from '../hooks/useLikeToggle';

export type LikeToggleProps = {
  positionTitle: string;
  /** The position's like state; its error is shown by the caller, where there is room. */
  like: LikeState;
  size?: ButtonProps['size'];
};

/**
 * 收藏: a toggle button (pressed = liked, shown by a filled heart); its name stays the same, as a
 * toggle's should. Liked positions count among the seeker's choices in batch allocation.
 */
export function LikeToggle({ positionTitle, like, size }: LikeToggleProps) {
  const t = useT();
  const { message } = App.useApp();

  async function handleClick() {
    const liked = await like.toggle();
    if (liked !== null) void message.success(liked ? t('seekerMatching.like.added') : t('seekerMatching.like.removed'));
  }

  return (
    <Button
      size={size}
      className={like.isLiked ? 'qiao-like-toggle is-liked' : 'qiao-like-toggle'}
      aria-pressed={like.isLiked}
      aria-label={t('seekerMatching.like.label', { title: positionTitle })}
      loading={like.isBusy}
      icon={like.isLiked ? <HeartFilled aria-hidden="true" /> : <HeartOutlined aria-hidden="true" />}
      onClick={() => void handleClick()}
    >
      {t('seekerMatching.like')}
    </Button>
  );
}
