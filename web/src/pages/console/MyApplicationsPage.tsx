import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { MyApplicationList } from '../../modules/positions/components/MyApplicationList';
import { useApplications } from '../../modules/positions/hooks/useApplications';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/applications`: a seeker's applications and how far each has come. */
export function MyApplicationsPage() {
  const t = useT();
  const [page, setPage] = useState(1);
  const { data, error, isLoading, reload } = useApplications({ page, pageSize: 20 });
  return (
    <>
      <PageHeading
        title={t('myApplications.title')}
        description={t('myApplications.lead')}
        extra={<ButtonLink to="/jobs">{t('myApplications.findJobs')}</ButtonLink>}
      />
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <MyApplicationList page={data} isLoading={isLoading} onChanged={reload} onPageChange={setPage} />
    </>
  );
}
