import { Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/language-switch';
import { PasswordForm } from './password-form';
import { SmsForm } from './sms-form';
import './login-page.css';

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <main className="q-login">
      <div className="q-login-lang">
        <LanguageSwitch />
      </div>
      <Card className="q-login-card">
        <Typography.Title level={3} className="q-login-title">
          {t('auth.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.subtitle')}</Typography.Paragraph>
        <Tabs
          items={[
            { key: 'password', label: t('auth.tabPassword'), children: <PasswordForm /> },
            { key: 'sms', label: t('auth.tabSms'), children: <SmsForm /> },
          ]}
        />
        <Typography.Text type="secondary" className="q-login-hint">
          {t('auth.demoHint')}
        </Typography.Text>
      </Card>
    </main>
  );
}
