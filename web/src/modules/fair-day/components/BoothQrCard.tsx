import { Card, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/useT';
import '../fair-day.css';

export type BoothQrCardProps = { qrToken: string; boothNumber: string | null; organisationName: string };

/** The booth's own QR code, for seekers to scan with their phone (it opens /fairs/booth/<token>). */
export function BoothQrCard({ qrToken, boothNumber, organisationName }: BoothQrCardProps) {
  const t = useT();
  const url = `${window.location.origin}/fairs/booth/${encodeURIComponent(qrToken)}`;
  const [image, setImage] = useState<{ url: string; dataUrl: string } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // The encoder is loaded only when a booth desk is opened.
    void import('qrcode').then(({ toDataURL }) =>
      toDataURL(url, { margin: 2, width: 480, errorCorrectionLevel: 'M' }).then((dataUrl) => {
        if (isCurrent) setImage({ url, dataUrl });
      }),
    );
    return () => {
      isCurrent = false;
    };
  }, [url]);

  return (
    <Card size="small" variant="outlined" title={t('fairDay.desk.qr.title')}>
      <Flex vertical align="center" gap={8}>
        {image?.url === url ? (
          <img className="qiao-ticket-qr" src={image.dataUrl} alt={t('fairDay.desk.qr.alt', { name: organisationName })} />
        ) : null}
        <Typography.Text strong>
          {boothNumber ? t('fairDay.booth.number', { number: boothNumber }) : null} {organisationName}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ margin: 0, textAlign: 'center' }}>
          {t('fairDay.desk.qr.hint')}
        </Typography.Paragraph>
      </Flex>
    </Card>
  );
}
