import { Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useAuth } from '../../auth/hooks/useAuth';

export type HeroSectionProps = Record<string, never>;

export function HeroSection(_props: HeroSectionProps) {
  const t = useT();
  const { status } = useAuth();
  return (
    <section className="qiao-hero" aria-labelledby="hero-title">
      <div className="qiao-container" style={{ paddingBlock: 48 }}>
        <Typography.Paragraph style={{ fontSize: 14, letterSpacing: 1, marginBottom: 8 }}>
          {t('home.hero.kicker')}
        </Typography.Paragraph>
        <Typography.Title id="hero-title" level={1} style={{ fontSize: 'clamp(26px, 6vw, 40px)', marginTop: 0 }}>
          {t('home.hero.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16, maxWidth: 760 }}>{t('home.hero.lead')}</Typography.Paragraph>
        <Typography.Paragraph style={{ fontSize: 16, maxWidth: 760 }}>{t('home.hero.bridge')}</Typography.Paragraph>
        <Flex gap={12} wrap style={{ marginTop: 24 }}>
          {status === 'signedIn' ? (
            <ButtonLink to="/console" size="large">
              {t('nav.console')}
            </ButtonLink>
          ) : (
            <>
              <ButtonLink to="/register" size="large">
                {t('home.hero.ctaRegister')}
              </ButtonLink>
              <ButtonLink to="/login" size="large" ghost>
                {t('home.hero.ctaLogin')}
              </ButtonLink>
            </>
          )}
        </Flex>
      </div>
    </section>
  );
}
