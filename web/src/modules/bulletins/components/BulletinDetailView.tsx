import { EditOutlined, FilePdfOutlined, LinkOutlined, PictureOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Descriptions, Flex, Popconfirm, Result } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { PageHeading } from '../../../ui/PageHeading';
import { useBulletinMutations } from '../hooks/useBulletinMutations';
import { useBulletin } from '../hooks/useBulletins';
import { formatIssueDate } from '../utils/format';
import { BulletinContent } from './BulletinContent';
import { BulletinStatusTag } from './BulletinStatusTag';

export type BulletinDetailViewProps = { bulletinId: string; canManage: boolean };

/** An issue in the console: status, publish / withdraw, PDF and poster previews, and its content. */
export function BulletinDetailView({ bulletinId, canManage }: BulletinDetailViewProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { data: bulletin, error, isLoading, reload } = useBulletin(bulletinId);
  const { publishBulletin, withdrawBulletin } = useBulletinMutations();
  const [actionError, setActionError] = useState<unknown>(null);

  /** Popconfirm shows its OK button busy while this runs; the page buttons stay plain (see below). */
  async function handleAction(action: 'publish' | 'withdraw') {
    setActionError(null);
    try {
      if (action === 'publish') await publishBulletin(bulletinId);
      else await withdrawBulletin(bulletinId);
      void message.success(action === 'publish' ? t('bulletins.published') : t('bulletins.withdrawn'));
      reload();
    } catch (caught) {
      setActionError(caught);
    }
  }

  if (error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('bulletins.notFound')}</h1>}
        extra={<ButtonLink to="/console/bulletins">{t('menu.bulletins')}</ButtonLink>}
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
  if (!bulletin) return isLoading ? <LoadingBlock minHeight={320} /> : null;

  const isEditable = bulletin.status !== 'published';
  const heading = t('bulletins.issueOfYear', { year: bulletin.year, n: bulletin.issueNo });
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/bulletins">{t('menu.bulletins')}</Link> }, { title: heading }]}
      />
      <PageHeading
        title={heading}
        description={bulletin.title}
        extra={
          canManage ? (
            <>
              {isEditable ? (
                <ButtonLink to={`/console/bulletins/${bulletin.id}/edit`} icon={<EditOutlined aria-hidden="true" />}>
                  {t('common.edit')}
                </ButtonLink>
              ) : null}
              {/* Distinct keys: publishing mounts a fresh withdraw button instead of re-using the publish one. */}
              {isEditable ? (
                <Popconfirm
                  key="publish"
                  title={t('bulletins.publish.confirm')}
                  description={t('bulletins.publish.effect')}
                  okText={t('bulletins.publish')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => handleAction('publish')}
                >
                  <Button type="primary">{t('bulletins.publish')}</Button>
                </Popconfirm>
              ) : (
                <Popconfirm
                  key="withdraw"
                  title={t('bulletins.withdraw.confirm')}
                  description={t('bulletins.withdraw.effect')}
                  okText={t('bulletins.withdraw')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => handleAction('withdraw')}
                >
                  <Button danger>{t('bulletins.withdraw')}</Button>
                </Popconfirm>
              )}
            </>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        {actionError ? <ErrorAlert error={actionError} /> : null}
        <Card variant="outlined">
          <Descriptions
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'status', label: t('bulletins.field.status'), children: <BulletinStatusTag status={bulletin.status} /> },
              { key: 'publishedAt', label: t('bulletins.field.publishedAt'), children: formatIssueDate(bulletin.publishedAt, language) },
              {
                key: 'counts',
                label: t('bulletins.field.counts'),
                children: t('bulletins.counts', {
                  enterprises: bulletin.enterpriseCount,
                  positions: bulletin.positionCount,
                  headcount: bulletin.headcount,
                }),
              },
              { key: 'updatedAt', label: t('bulletins.field.updatedAt'), children: formatDateTime(bulletin.updatedAt, language) },
              { key: 'version', label: t('bulletins.field.version'), children: bulletin.version },
            ]}
          />
          <Flex wrap gap={8} style={{ marginTop: 8 }}>
            <Button href={bulletin.pdfUrl} target="_blank" rel="noopener" icon={<FilePdfOutlined aria-hidden="true" />}>
              {t('bulletins.previewPdf')}
              <span className="sr-only">{t('common.opensInNewTab')}</span>
            </Button>
            <Button href={bulletin.posterUrl} target="_blank" rel="noopener" icon={<PictureOutlined aria-hidden="true" />}>
              {t('bulletins.previewPoster')}
              <span className="sr-only">{t('common.opensInNewTab')}</span>
            </Button>
            {bulletin.status === 'published' ? (
              <Button href={`/bulletins/${bulletin.id}`} target="_blank" rel="noopener" icon={<LinkOutlined aria-hidden="true" />}>
                {t('bulletins.openPublic')}
                <span className="sr-only">{t('common.opensInNewTab')}</span>
              </Button>
            ) : null}
          </Flex>
        </Card>
        <Card variant="outlined">
          <BulletinContent bulletin={bulletin} hasApplyLinks={false} />
        </Card>
      </Flex>
    </>
  );
}
