import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { StaffAccounts } from '../../modules/accounts/components/StaffAccounts';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { useOrganisation } from '../../modules/organisations/hooks/useOrganisation';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** 本单位账号: an organisation administrator manages the accounts of their own organisation. */
export function StaffPage() {
  const t = useT();
  const { me } = useAuth();
  const { data: org, error } = useOrganisation(me?.organisationId);
  return (
    <>
      <PageHeading title={t('menu.staff')} description={org ? org.name : undefined} />
      {error ? <ErrorAlert error={error} /> : null}
      {org && me ? (
        <Card variant="outlined">
          <StaffAccounts organisation={org} currentAccountId={me.id} />
        </Card>
      ) : error ? null : (
        <LoadingBlock />
      )}
    </>
  );
}
