import { EditOutlined, EyeOutlined, SendOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePositionMutations } from '../hooks/usePositionMutations';
import type { Position } from '../types';
import { canClose, canSubmit, isEditable } from '../utils/lifecycle';

export type PositionLifecycleActionsProps = {
  position: Position;
  /** 编辑, 提交审核, 关闭岗位: the enterprise's staff and operators. */
  canWrite: boolean;
  onChanged: (position: Position) => void;
};

/** The buttons of a position's page, each shown only when its step is possible now. */
export function PositionLifecycleActions({ position, canWrite, onChanged }: PositionLifecycleActionsProps) {
  const t = useT();
  const { message } = App.useApp();
  const { submitPosition, closePosition } = usePositionMutations();
  const submitting = useFormSubmit();
  const closing = useFormSubmit();

  async function handleSubmit() {
    await submitting.submit(async () => {
      const updated = await submitPosition(position.id);
      void message.success(t('positions.submit.done', { title: updated.title }));
      onChanged(updated);
    });
  }

  async function handleClose() {
    await closing.submit(async () => {
      const updated = await closePosition(position.id);
      void message.success(t('positions.close.done', { title: updated.title }));
      onChanged(updated);
    });
  }

  const error = submitting.error ?? closing.error;
  return (
    <>
      {canWrite && canSubmit(position) ? (
        <Button type="primary" icon={<SendOutlined aria-hidden="true" />} loading={submitting.isSubmitting} onClick={() => void handleSubmit()}>
          {t('positions.action.submit')}
        </Button>
      ) : null}
      {canWrite && isEditable(position) ? (
        <ButtonLink to={`/console/positions/${position.id}/edit`} icon={<EditOutlined aria-hidden="true" />}>
          {t('common.edit')}
        </ButtonLink>
      ) : null}
      <ButtonLink to={`/console/positions/${position.id}/applications`} icon={<TeamOutlined aria-hidden="true" />}>
        {t('positions.action.applications')}
      </ButtonLink>
      {position.status === 'published' ? (
        <ButtonLink to={`/positions/${position.id}`} icon={<EyeOutlined aria-hidden="true" />}>
          {t('positions.action.viewPublic')}
        </ButtonLink>
      ) : null}
      {canWrite && canClose(position) ? (
        <Popconfirm
          title={t('positions.close.confirm')}
          description={t('positions.close.effect')}
          okText={t('positions.action.close')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={handleClose}
        >
          <Button danger icon={<StopOutlined aria-hidden="true" />} loading={closing.isSubmitting}>
            {t('positions.action.close')}
          </Button>
        </Popconfirm>
      ) : null}
      {error ? (
        <div style={{ flexBasis: '100%' }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </>
  );
}
