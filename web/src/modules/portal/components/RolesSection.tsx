import { BankOutlined, BookOutlined, IdcardOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/useT';

export type RolesSectionProps = Record<string, never>;

type RoleCard = { key: string; icon: ReactNode; title: MessageKey; points: MessageKey[] };

const ROLE_CARDS: RoleCard[] = [
  {
    key: 'school',
    icon: <BookOutlined />,
    title: 'home.roles.school.title',
    points: ['home.roles.school.p1', 'home.roles.school.p2', 'home.roles.school.p3'],
  },
  {
    key: 'enterprise',
    icon: <ShopOutlined />,
    title: 'home.roles.enterprise.title',
    points: ['home.roles.enterprise.p1', 'home.roles.enterprise.p2', 'home.roles.enterprise.p3'],
  },
  {
    key: 'government',
    icon: <BankOutlined />,
    title: 'home.roles.government.title',
    points: ['home.roles.government.p1', 'home.roles.government.p2'],
  },
  {
    key: 'seeker',
    icon: <IdcardOutlined />,
    title: 'home.roles.seeker.title',
    points: ['home.roles.seeker.p1', 'home.roles.seeker.p2', 'home.roles.seeker.p3'],
  },
  {
    key: 'operator',
    icon: <TeamOutlined />,
    title: 'home.roles.operator.title',
    points: ['home.roles.operator.p1', 'home.roles.operator.p2'],
  },
];

/** What schools, enterprises, government, job seekers and the operator each do on Qiao. */
export function RolesSection(_props: RolesSectionProps) {
  const t = useT();
  return (
    <section aria-labelledby="roles-title">
      <Typography.Title id="roles-title" level={2} style={{ fontSize: 22 }}>
        {t('home.roles.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {ROLE_CARDS.map((card) => (
          <Col key={card.key} xs={24} sm={12} lg={8}>
            <Card variant="outlined" style={{ height: '100%' }}>
              <Typography.Title level={3} style={{ fontSize: 18, marginTop: 0, display: 'flex', gap: 8 }}>
                <span aria-hidden="true" style={{ color: '#0b57d0' }}>
                  {card.icon}
                </span>
                {t(card.title)}
              </Typography.Title>
              <ul style={{ paddingInlineStart: 20, margin: 0 }}>
                {card.points.map((point) => (
                  <li key={point} style={{ marginBottom: 4 }}>
                    {t(point)}
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
