import { Breadcrumb, Card, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { EmployerRankInput } from '../../modules/matching/components/EmployerRankInput';
import { canRankApplicants } from '../../modules/matching/utils/permissions';
import { ApplicationTable } from '../../modules/positions/components/ApplicationTable';
import { PositionStatusTag } from '../../modules/positions/components/PositionStatusTag';
import { ResumeDrawer } from '../../modules/positions/components/ResumeDrawer';
import { useApplications } from '../../modules/positions/hooks/useApplications';
import { useOwnOrganisationType } from '../../modules/positions/hooks/useOwnOrganisationType';
import { usePosition } from '../../modules/positions/hooks/usePosition';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '../../modules/positions/types';
import { canAnswerApplications } from '../../modules/positions/utils/permissions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FilterSelect } from '../../ui/FilterSelect';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/positions/:id/applications`: who applied, their résumés, and the answers to them. */
export function PositionApplicationsPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { organisationType } = useOwnOrganisationType();
  const position = usePosition(id);
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Application | null>(null);
  const applications = useApplications({ positionId: id, status, page, pageSize: 20 });
  const p = position.data;
  const listTitle = me?.role === 'government' ? t('menu.zonePositions') : t('menu.positions');
  const caption = t('applications.caption', { title: p?.title ?? '' });

  function handleChanged(updated: Application) {
    setOpen(updated);
    applications.reload();
  }

  const error = position.error ?? applications.error;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/console/positions">{listTitle}</Link> },
          { title: p ? <Link to={`/console/positions/${p.id}`}>{p.title}</Link> : '…' },
          { title: t('positions.action.applications') },
        ]}
      />
      <PageHeading
        title={p ? t('applications.title', { title: p.title }) : t('positions.action.applications')}
        description={t('applications.lead')}
        extra={p ? <PositionStatusTag status={p.status} /> : null}
      />
      <Card variant="outlined">
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <Form layout="vertical" aria-label={t('applications.filters.label')}>
          <Row gutter={12}>
            <Col xs={24} sm={12} lg={6}>
              <FilterSelect
                id="application-filter-status"
                label={t('applications.field.status')}
                value={status}
                options={APPLICATION_STATUSES.map((value) => ({ value, label: t(`applicationStatus.${value}`) }))}
                onChange={(value) => {
                  setStatus(value);
                  setPage(1);
                }}
              />
            </Col>
          </Row>
        </Form>
        <div aria-live="polite" className="sr-only">
          {applications.data ? t('common.totalItems', { total: applications.data.total }) : ''}
        </div>
        <ApplicationTable
          page={applications.data}
          isLoading={applications.isLoading}
          caption={caption}
          onOpen={setOpen}
          onPageChange={setPage}
          renderRank={
            canRankApplicants(me, organisationType) ? (a) => <EmployerRankInput applicationId={a.id} seekerName={a.seekerName} initialRank={a.employerRank} /> : undefined
          }
        />
      </Card>
      <ResumeDrawer
        application={open}
        canAnswer={canAnswerApplications(me, organisationType)}
        onClose={() => setOpen(null)}
        onChanged={handleChanged}
      />
    </>
  );
}
