import { TeamOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Flex, Result } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { canRankCandidates } from '../../modules/matching/utils/permissions';
import { PositionDetails } from '../../modules/positions/components/PositionDetails';
import { PositionLifecycleActions } from '../../modules/positions/components/PositionLifecycleActions';
import { PositionReviewActions } from '../../modules/positions/components/PositionReviewActions';
import { PositionStatusNotice } from '../../modules/positions/components/PositionStatusNotice';
import { useOwnOrganisationType } from '../../modules/positions/hooks/useOwnOrganisationType';
import { usePosition } from '../../modules/positions/hooks/usePosition';
import { canReviewPositions, canWritePositions } from '../../modules/positions/utils/permissions';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/positions/:id`: every field, the state's meaning, and the actions possible now. */
export function PositionDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { organisationType } = useOwnOrganisationType();
  const { data: p, error, isLoading, reload } = usePosition(id);
  const listTitle = me?.role === 'government' ? t('menu.zonePositions') : t('menu.positions');

  if (error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('position.notFound')}</h1>}
        extra={<ButtonLink to="/console/positions">{listTitle}</ButtonLink>}
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
  if (isLoading || !p) return <LoadingBlock minHeight={320} />;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/positions">{listTitle}</Link> }, { title: p.title }]}
      />
      <PageHeading
        title={p.title}
        extra={
          <>
            {canRankCandidates(me, organisationType) && p.status === 'published' ? (
              <ButtonLink to={`/console/positions/${p.id}/candidates`} icon={<TeamOutlined aria-hidden="true" />}>
                {t('matching.candidates.action')}
              </ButtonLink>
            ) : null}
            {canReviewPositions(me) ? <PositionReviewActions position={p} onReviewed={reload} /> : null}
            <PositionLifecycleActions position={p} canWrite={canWritePositions(me, organisationType)} onChanged={reload} />
          </>
        }
      />
      <Flex vertical gap={16}>
        <PositionStatusNotice position={p} />
        <Card variant="outlined">
          <PositionDetails position={p} />
        </Card>
      </Flex>
    </>
  );
}
