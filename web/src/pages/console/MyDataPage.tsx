import { DeleteOutlined, DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { EraseMyDataModal } from '../../modules/talent/components/EraseMyDataModal';
import { MyDataView } from '../../modules/talent/components/MyDataView';
import { useMyData } from '../../modules/talent/hooks/useMyData';
import { useTalentMutations } from '../../modules/talent/hooks/useTalentMutations';
import type { MyData } from '../../modules/talent/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** Saves the data already on screen as a file: no second read of the personal data. */
function downloadJson(data: MyData): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `my-data-${data.exportedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** 我的数据: see everything Qiao holds, download it, or delete it (PIPL art. 45, 47). */
export function MyDataPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { refresh } = useAuth();
  const { eraseMyData } = useTalentMutations();
  const { data, error, isLoading } = useMyData();
  const [isEraseOpen, setEraseOpen] = useState(false);

  async function handleErase() {
    await eraseMyData();
    setEraseOpen(false);
    void message.success(t('talent.erase.done'));
    await navigate('/', { replace: true });
    // The server ended every session of the account: the client now signs out too.
    await refresh();
  }

  return (
    <>
      <PageHeading
        title={t('menu.myData')}
        description={t('talent.myData.lead')}
        extra={
          <>
            <Button icon={<DownloadOutlined aria-hidden="true" />} disabled={!data} onClick={() => data && downloadJson(data)}>
              {t('talent.myData.downloadJson')}
            </Button>
            <Button icon={<FileExcelOutlined aria-hidden="true" />} href="/api/me/data.xlsx" download>
              {t('talent.myData.downloadXlsx')}
            </Button>
          </>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      {data ? <MyDataView data={data} /> : isLoading ? <LoadingBlock /> : null}
      <Card variant="outlined" style={{ marginTop: 16, borderColor: '#f4a9a8' }}>
        <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
          {t('talent.erase.sectionTitle')}
        </Typography.Title>
        <Typography.Paragraph>{t('talent.erase.sectionLead')}</Typography.Paragraph>
        <Button danger icon={<DeleteOutlined aria-hidden="true" />} onClick={() => setEraseOpen(true)}>
          {t('talent.erase.open')}
        </Button>
      </Card>
      <EraseMyDataModal isOpen={isEraseOpen} onCancel={() => setEraseOpen(false)} onConfirm={handleErase} />
    </>
  );
}
