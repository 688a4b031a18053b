import { Button, Flex, Popconfirm } from 'antd';
import { useT } from '../../../i18n/useT';

export type ListRowActionsProps = { name: string; onEdit: () => void; onDelete: () => void };

/** 编辑 and 删除 (after confirmation) of a row of an editable list. */
export function ListRowActions({ name, onEdit, onDelete }: ListRowActionsProps) {
  const t = useT();
  return (
    <Flex gap={4}>
      <Button type="link" onClick={onEdit} aria-label={t('gov.lists.editOf', { name })}>
        {t('common.edit')}
      </Button>
      <Popconfirm title={t('gov.lists.deleteConfirm', { name })} okText={t('gov.lists.delete')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={onDelete}>
        <Button type="link" danger aria-label={t('gov.lists.deleteOf', { name })}>
          {t('gov.lists.delete')}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
