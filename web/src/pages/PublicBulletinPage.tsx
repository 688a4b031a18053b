import { DownloadOutlined, PictureOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../i18n/useLanguage';
import { useT } from '../i18n/useT';
import { BulletinContent } from '../modules/bulletins/components/BulletinContent';
import { usePublicBulletin } from '../modules/bulletins/hooks/useBulletins';
import { formatIssueDate } from '../modules/bulletins/utils/format';
import { ButtonLink } from '../ui/ButtonLink';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LabelTag } from '../ui/LabelTag';
import { LoadingBlock } from '../ui/LoadingBlock';
import { useDocumentTitle } from '../ui/useDocumentTitle';

/** One published issue on the portal, phone-first: introduction, positions by enterprise, PDF and poster. */
export function PublicBulletinPage() {
  const t = useT();
  const language = useLanguage();
  const { id = '' } = useParams();
  const { data: bulletin, error, isLoading } = usePublicBulletin(id);
  useDocumentTitle(bulletin ? bulletin.title : t('bulletins.public.title'));

  if (error?.status === 404) {
    return (
      <div className="qiao-container" style={{ paddingBlock: 24 }}>
        <Result
          status="404"
          title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('bulletins.public.notFound')}</h1>}
          extra={<ButtonLink to="/bulletins">{t('bulletins.public.backToList')}</ButtonLink>}
        />
      </div>
    );
  }

  return (
    <div className="qiao-container" style={{ paddingBlock: 24, maxWidth: 880 }}>
      <nav aria-label={t('bulletins.public.breadcrumb')} style={{ marginBottom: 8 }}>
        <Link to="/bulletins">{t('bulletins.public.backToList')}</Link>
      </nav>
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading && !bulletin ? <LoadingBlock minHeight={320} /> : null}
      {bulletin ? (
        <article aria-labelledby="bulletin-title">
          <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
            <LabelTag tone="info">{t('bulletins.issueOfYear', { year: bulletin.year, n: bulletin.issueNo })}</LabelTag>
            <Typography.Text type="secondary">{formatIssueDate(bulletin.publishedAt, language)}</Typography.Text>
          </Flex>
          <Typography.Title id="bulletin-title" level={1} className="qiao-page-heading" style={{ fontSize: 'clamp(20px, 5.5vw, 28px)' }}>
            {bulletin.title}
          </Typography.Title>
          <Typography.Paragraph>
            {bulletin.zoneName} ·{' '}
            {t('bulletins.counts', {
              enterprises: bulletin.enterpriseCount,
              positions: bulletin.positionCount,
              headcount: bulletin.headcount,
            })}
          </Typography.Paragraph>
          <Flex wrap gap={8} style={{ marginBottom: 20 }}>
            <Button type="primary" href={bulletin.pdfUrl} download icon={<DownloadOutlined aria-hidden="true" />}>
              {t('bulletins.public.downloadPdf')}
            </Button>
            <Button href="#bulletin-poster" icon={<PictureOutlined aria-hidden="true" />}>
              {t('bulletins.public.poster')}
            </Button>
          </Flex>
          <BulletinContent bulletin={bulletin} hasApplyLinks />
          <section id="bulletin-poster" aria-labelledby="bulletin-poster-title" style={{ marginTop: 24 }}>
            <Typography.Title id="bulletin-poster-title" level={2} style={{ fontSize: 18 }}>
              {t('bulletins.public.poster')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('bulletins.public.posterHelp')}</Typography.Paragraph>
            <Card variant="outlined" size="small" style={{ maxWidth: 360 }}>
              <a href={bulletin.posterUrl} target="_blank" rel="noopener">
                <img
                  src={bulletin.posterUrl}
                  alt={t('bulletins.public.posterAlt', { title: bulletin.title })}
                  loading="lazy"
                  width={1080}
                  height={1920}
                  style={{ width: '100%', height: 'auto', display: 'block' }}
                />
                <span className="sr-only">{t('common.opensInNewTab')}</span>
              </a>
            </Card>
          </section>
        </article>
      ) : null}
    </div>
  );
}
