import { Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { boothQrUrl } from '../utils/urls';

export type BoothQrCodeProps = { qrToken: string; boothNumber: string | null; organisationName: string };

/** The booth's QR code: a seeker's phone camera opens the booth page and records an intent. */
export function BoothQrCode({ qrToken, boothNumber, organisationName }: BoothQrCodeProps) {
  const t = useT();
  const url = boothQrUrl(window.location.origin, qrToken);
  const [image, setImage] = useState<{ url: string; dataUrl: string } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 240 }).then(
      (dataUrl) => {
        if (isCurrent) setImage({ url, dataUrl });
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [url]);

  return (
    <Flex vertical align="center" gap={4}>
      {image?.url === url ? (
        <img
          src={image.dataUrl}
          width={200}
          height={200}
          alt={t('fairs.booth.qrAlt', { organisation: organisationName, number: boothNumber ?? '—' })}
          data-testid="booth-qr"
        />
      ) : (
        <div style={{ width: 200, height: 200 }} />
      )}
      <Typography.Text type="secondary" copyable={{ text: url }} style={{ fontSize: 12, wordBreak: 'break-all', textAlign: 'center' }}>
        {url}
      </Typography.Text>
    </Flex>
  );
}
