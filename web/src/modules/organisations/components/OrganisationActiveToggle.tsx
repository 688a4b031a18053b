import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import type { Organisation } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useOrganisationMutations } from '../hooks/useOrganisationMutations';

export type OrganisationActiveToggleProps = {
  organisation: Organisation;
  onChanged: (organisation: Organisation) => void;
};

/** 停用 / 启用 a member unit, after a confirmation. */
export function OrganisationActiveToggle({ organisation, onChanged }: OrganisationActiveToggleProps) {
  const t = useT();
  const { setOrganisationActive } = useOrganisationMutations();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  const willActivate = !organisation.isActive;

  async function handleConfirm() {
    setBusy(true);
    setError(null);
    try {
      onChanged(await setOrganisationActive(organisation.id, willActivate));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Popconfirm
        title={willActivate ? t('org.activate.confirm') : t('org.deactivate.confirm')}
        description={willActivate ? undefined : t('org.deactivate.effect')}
        okText={willActivate ? t('org.action.activate') : t('org.action.deactivate')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: !willActivate }}
        onConfirm={handleConfirm}
      >
        <Button danger={!willActivate} loading={isBusy}>
          {willActivate ? t('org.action.activate') : t('org.action.deactivate')}
        </Button>
      </Popconfirm>
      {error ? (
        <div style={{ flexBasis: '100%' }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </>
  );
}
