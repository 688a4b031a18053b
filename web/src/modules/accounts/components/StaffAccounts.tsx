import { KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Account, Organisation } from '../../../api/types';
import { useLanguage } from '../../../i18n/useLanguage';
import { LabelTag } from '../../../ui/LabelTag';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useOrganisationAccounts } from '../hooks/useOrganisationAccounts';
import { assignableRoles } from '../utils/roles';
import { AccountStatusTag } from './AccountStatusTag';
import { CreateAccountModal } from './CreateAccountModal';
import { EditAccountModal } from './EditAccountModal';
import { ResetPasswordModal } from './ResetPasswordModal';

export type StaffAccountsProps = {
  organisation: Pick<Organisation, 'id' | 'type' | 'name'>;
  /** Heading level of the section title (2 on its own page, 2 under the detail page's h1). */
  headingLevel?: 2 | 3;
  /** The signed-in account, which may not disable itself here. */
  currentAccountId?: string;
};

/** 账号: the organisation's staff accounts; create, edit, reset password. */
export function StaffAccounts({ organisation, headingLevel = 2, currentAccountId }: StaffAccountsProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { data, error, isLoading, reload } = useOrganisationAccounts(organisation.id);
  const [isCreating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const roles = assignableRoles(organisation.type);
  const caption = t('account.list.caption', { organisation: organisation.name });
  const components = useTableCaption(caption);

  function handleCreated(account: Account) {
    setCreating(false);
    void message.success(t('account.create.done', { name: account.displayName }));
    reload();
  }

  function handleSaved(account: Account) {
    setEditing(null);
    void message.success(t('account.edit.done', { name: account.displayName }));
    reload();
  }

  const columns: ColumnsType<Account> = [
    {
      title: t('account.field.displayName'),
      key: 'displayName',
      render: (_v, a) => (
        <>
          {a.displayName}
          {a.id === currentAccountId ? <LabelTag tone="info" style={{ marginInlineStart: 8 }}>{t('account.you')}</LabelTag> : null}
        </>
      ),
    },
    { title: t('account.field.username'), dataIndex: 'username', key: 'username' },
    { title: t('account.field.role'), key: 'role', render: (_v, a) => t(`role.${a.role}`) },
    { title: t('account.field.email'), key: 'email', render: (_v, a) => a.email ?? '—' },
    { title: t('account.field.phone'), key: 'phone', render: (_v, a) => a.phoneMasked ?? '—' },
    { title: t('account.field.status'), key: 'status', render: (_v, a) => <AccountStatusTag isActive={a.isActive} /> },
    {
      title: t('account.field.totp'),
      key: 'totp',
      render: (_v, a) => (a.isTotpEnabled ? t('account.totp.on') : t('account.totp.off')),
    },
    {
      title: t('account.field.lastLoginAt'),
      key: 'lastLoginAt',
      render: (_v, a) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt, language) : t('account.neverSignedIn')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_v, a) => (
        <Flex gap={4} wrap>
          <Button size="small" onClick={() => setEditing(a)} aria-label={t('account.action.editFor', { name: a.displayName })}>
            {t('common.edit')}
          </Button>
          <Button
            size="small"
            icon={<KeyOutlined aria-hidden="true" />}
            onClick={() => setResetting(a)}
            aria-label={t('account.action.resetFor', { name: a.displayName })}
          >
            {t('account.action.reset')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <section aria-labelledby="staff-accounts-title">
      <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title id="staff-accounts-title" level={headingLevel} style={{ fontSize: 20, margin: 0 }}>
          {t('account.list.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
          {t('account.action.create')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
      <Table<Account>
        rowKey="id"
        components={components}
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isLoading}
        pagination={false}
        scroll={data && data.items.length > 0 ? { x: 'max-content' } : undefined}
        locale={{ emptyText: t('account.list.empty') }}
      />
      <CreateAccountModal
        organisationId={organisation.id}
        roles={roles}
        isOpen={isCreating}
        onClose={() => setCreating(false)}
        onCreated={handleCreated}
      />
      <EditAccountModal account={editing} roles={roles} onClose={() => setEditing(null)} onSaved={handleSaved} />
      <ResetPasswordModal account={resetting} onClose={() => setResetting(null)} />
    </section>
  );
}
