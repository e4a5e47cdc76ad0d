import { Button, Dropdown, Layout, Menu, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useMe } from '../api/queries';
import type { Me } from '../api/types';
import { LanguageSwitch } from './language-switch';
import { useLogout } from '../features/auth/use-logout';
import { pagePath, pagesFor, pageTitleKey } from './roles';
import { PhoneTabBar } from './phone-tab-bar';

function NavMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const location = useLocation();
  const items = pagesFor(me).map((page) => ({
    key: pagePath(page),
    label: <Link to={pagePath(page)}>{t(pageTitleKey(page))}</Link>,
  }));
  return (
    <Menu
      className="q-nav"
      mode="horizontal"
      selectedKeys={[location.pathname]}
      items={items}
      style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
    />
  );
}

function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const items = [
    ...me.roles.map((r, i) => ({ key: `role-${i}`, label: <Tag>{t(`role.${r.role}`)}</Tag>, disabled: true })),
    { type: 'divider' as const },
    { key: 'logout', label: t('nav.logout'), onClick: () => logout.mutate() },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button type="text" data-testid="user-menu" className="q-user-button">
        {me.name}
      </Button>
    </Dropdown>
  );
}

/** Header with brand, the pages the user may open, language and account. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Layout className="q-layout">
      <Layout.Header className="q-header">
        <Link to="/" className="q-brand">
          <span className="q-brand-mark">{t('app.name')}</span>
          <span className="q-brand-tagline">{t('app.tagline')}</span>
        </Link>
        {me.data ? <NavMenu me={me.data} /> : <div style={{ flex: 1 }} />}
        <Space size={4} className="q-header-tools">
          <LanguageSwitch />
          {me.data && <UserMenu me={me.data} />}
        </Space>
      </Layout.Header>
      <Layout.Content className="q-content">
        <Outlet />
      </Layout.Content>
      {me.data && <PhoneTabBar me={me.data} />}
    </Layout>
  );
}
