import { useT } from '../i18n/useT';
import { PrivacyPolicy } from '../modules/portal/components/PrivacyPolicy';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function PrivacyPage() {
  const t = useT();
  useDocumentTitle(t('privacy.title'));
  return (
    <div className="qiao-container" style={{ maxWidth: 820, paddingBlock: 32 }}>
      <PrivacyPolicy />
    </div>
  );
}
