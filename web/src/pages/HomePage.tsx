import { Flex } from 'antd';
import { JobSearchTeaser } from '../modules/jobs/components/JobSearchTeaser';
import { HeroSection } from '../modules/portal/components/HeroSection';
import { IndustriesSection } from '../modules/portal/components/IndustriesSection';
import { RolesSection } from '../modules/portal/components/RolesSection';
import { StatsSection } from '../modules/portal/components/StatsSection';
import { UpcomingEventsSection } from '../modules/portal/components/UpcomingEventsSection';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function HomePage() {
  useDocumentTitle(null);
  return (
    <>
      <HeroSection />
      <div className="qiao-container" style={{ paddingBlock: 32 }}>
        <Flex vertical gap={40}>
          <JobSearchTeaser />
          <StatsSection />
          <UpcomingEventsSection />
          <IndustriesSection />
          <RolesSection />
        </Flex>
      </div>
    </>
  );
}
