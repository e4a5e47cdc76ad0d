// 我的 (phone-first): a resident sets their circle, home compound, address and birth date, and sees
// whether the operator has registered them for elderly or disability services.
import { Button, DatePicker, Form, Input, Select, Space, Switch, Tag, Typography, message } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCircles } from '../../api/queries';
import { ApiError } from '../../api/client';
import { PageSpinner } from '../../app/page-spinner';
import { useHomes, useOwnProfile, useSaveProfile } from './api';

export default function ProfilePage() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  const circles = useCircles();
  const save = useSaveProfile();
  const [circleId, setCircleId] = useState<string | undefined>();
  const homes = useHomes(circleId);
  const [form] = Form.useForm();
  useEffect(() => {
    const p = profile.data;
    const first = circles.data?.[0]?.id;
    setCircleId(p?.circleId ?? first);
    form.setFieldsValue({
      residenceId: p?.residenceId ?? undefined,
      address: p?.address ?? '',
      birthDate: p?.birthDate ? dayjs(p.birthDate) : undefined,
      consent: Boolean(p?.consentAt),
    });
  }, [profile.data, circles.data, form]);
  if (profile.isPending) return <PageSpinner />;
  const p = profile.data;
  const submit = (v: { residenceId?: string; address?: string; birthDate?: dayjs.Dayjs; consent?: boolean }) => {
    if (!circleId) return;
    save.mutate(
      {
        circleId,
        residenceId: v.residenceId ?? null,
        address: v.address?.trim() ? v.address.trim() : null,
        birthDate: v.birthDate ? v.birthDate.format('YYYY-MM-DD') : null,
        consent: Boolean(v.consent),
      },
      {
        onSuccess: () => void message.success(t('residents.saved')),
        onError: (err) => void message.error(err instanceof ApiError ? err.message : t('residents.saveFailed')),
      },
    );
  };
  return (
    <section className="q-phone-page" data-testid="profile-page">
      <h1 className="q-page-title">{t('residents.title')}</h1>
      <Space wrap style={{ marginBottom: 12 }}>
        {p?.elderlyVerified && <Tag color="orange">{t('residents.elderlyVerified')}</Tag>}
        {p?.disabledVerified && <Tag color="blue">{t('residents.disabledVerified')}</Tag>}
        {!p?.elderlyVerified && !p?.disabledVerified && (
          <Typography.Text type="secondary">{t('residents.verifyHint')}</Typography.Text>
        )}
      </Space>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label={t('residents.circle')}>
          <Select
            value={circleId}
            onChange={(v) => {
              setCircleId(v);
              form.setFieldValue('residenceId', undefined);
            }}
            options={(circles.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="residenceId" label={t('residents.home')}>
          <Select
            showSearch
            optionFilterProp="label"
            placeholder={t('residents.homePlaceholder')}
            loading={homes.isPending && Boolean(circleId)}
            options={(homes.data ?? []).map((h) => ({ value: h.id, label: h.name }))}
            data-testid="home-select"
          />
        </Form.Item>
        <Form.Item name="address" label={t('residents.address')} extra={t('residents.addressHint')}>
          <Input maxLength={200} placeholder={t('residents.addressPlaceholder')} />
        </Form.Item>
        <Form.Item name="birthDate" label={t('residents.birthDate')} extra={t('residents.birthDateHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item
          name="consent"
          label={t('residents.consent')}
          valuePropName="checked"
          extra={t('residents.consentHint')}
        >
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={save.isPending}>
          {t('residents.save')}
        </Button>
      </Form>
    </section>
  );
}
