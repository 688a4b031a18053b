import { EditOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Flex, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Organisation } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { PageHeading } from '../../../ui/PageHeading';
import { useAuth } from '../../auth/hooks/useAuth';
import { canListOrganisations, canManageOrganisations } from '../../auth/utils/permissions';
import { useOrganisation } from '../hooks/useOrganisation';
import { OrganisationActiveToggle } from './OrganisationActiveToggle';
import { OrganisationDetails } from './OrganisationDetails';

export type OrganisationDetailViewProps = {
  organisationId: string;
  /** Extra sections under the details, e.g. the staff accounts. */
  renderExtra?: (organisation: Organisation) => ReactNode;
};

/** A member unit's page: heading, operator actions and every field. */
export function OrganisationDetailView({ organisationId, renderExtra }: OrganisationDetailViewProps) {
  const t = useT();
  const { me } = useAuth();
  const { data: org, error, isLoading, reload } = useOrganisation(organisationId);
  const isOperator = canManageOrganisations(me);

  if (error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('org.notFound')}</h1>}
        extra={<ButtonLink to="/console">{t('menu.home')}</ButtonLink>}
      />
    );
  }
  if (error) {
    return (
      <ErrorAlert
        error={error}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (isLoading || !org) return <LoadingBlock minHeight={320} />;

  return (
    <>
      {canListOrganisations(me) ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            { title: <Link to="/console/organisations">{t('menu.organisations')}</Link> },
            { title: org.name },
          ]}
        />
      ) : null}
      <PageHeading
        title={org.name}
        extra={
          isOperator ? (
            <>
              <ButtonLink to={`/console/organisations/${org.id}/edit`} icon={<EditOutlined aria-hidden="true" />}>
                {t('common.edit')}
              </ButtonLink>
              <OrganisationActiveToggle organisation={org} onChanged={reload} />
            </>
          ) : null
        }
      />
      <Flex vertical gap={24}>
        <Card variant="outlined">
          <OrganisationDetails organisation={org} />
        </Card>
        {renderExtra ? renderExtra(org) : null}
      </Flex>
    </>
  );
}
