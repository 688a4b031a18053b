import { Card } from 'antd';
import { useParams } from 'react-router';
import { StaffAccounts } from '../../modules/accounts/components/StaffAccounts';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { canManageStaff, canViewOrganisation } from '../../modules/auth/utils/permissions';
import { NoAccessResult } from '../../modules/console/components/NoAccessResult';
import { OrganisationDetailView } from '../../modules/organisations/components/OrganisationDetailView';

export type OrganisationDetailPageProps = { isOwn?: boolean };

/** `/console/organisations/:id`, and 本单位 (`/console/organisation`) for organisation users. */
export function OrganisationDetailPage({ isOwn = false }: OrganisationDetailPageProps) {
  const params = useParams();
  const { me } = useAuth();
  const id = isOwn ? (me?.organisationId ?? '') : (params.id ?? '');
  if (!me || !id || !canViewOrganisation(me, id)) return <NoAccessResult />;
  return (
    <OrganisationDetailView
      organisationId={id}
      renderExtra={(org) =>
        canManageStaff(me, org.id) ? (
          <Card variant="outlined">
            <StaffAccounts organisation={org} currentAccountId={me.id} />
          </Card>
        ) : null
      }
    />
  );
}
