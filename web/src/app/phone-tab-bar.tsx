import { TabBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../api/types';
import { pagePath, pagesFor, pageTitleKey } from './roles';

/** Bottom navigation on phones (antd-mobile); wide screens use the header menu. */
export function PhoneTabBar({ me }: { me: Me }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const pages = pagesFor(me).slice(0, 5);
  return (
    <nav className="q-phone-tabs" aria-label={t('nav.menu')}>
      <TabBar activeKey={location.pathname} onChange={(key) => void navigate(key)} safeArea>
        {pages.map((page) => (
          <TabBar.Item key={pagePath(page)} title={t(pageTitleKey(page))} />
        ))}
      </TabBar>
    </nav>
  );
}
