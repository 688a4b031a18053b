import { Flex } from 'antd';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { ConsoleGreeting } from '../../modules/console/components/ConsoleGreeting';
import { SeekerAccountCard } from '../../modules/console/components/SeekerAccountCard';
import { OrganisationSummaryCard } from '../../modules/organisations/components/OrganisationSummaryCard';
import { OrganisationTypeCounts } from '../../modules/organisations/components/OrganisationTypeCounts';
import { StatsSection } from '../../modules/portal/components/StatsSection';

/** 工作台: what the signed-in role needs first, from live records only. */
export function ConsoleHomePage() {
  const { me } = useAuth();
  if (!me) return null;
  const isZoneRole = me.role === 'operator' || me.role === 'government';
  const isOrgRole = me.role === 'org_admin' || me.role === 'org_staff';
  return (
    <>
      <ConsoleGreeting />
      <Flex vertical gap={24}>
        {isZoneRole ? (
          <>
            <StatsSection />
            <OrganisationTypeCounts />
          </>
        ) : null}
        {isOrgRole && me.organisationId ? <OrganisationSummaryCard organisationId={me.organisationId} /> : null}
        {me.role === 'seeker' ? <SeekerAccountCard /> : null}
      </Flex>
    </>
  );
}
