import { Alert, Card, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const PLANNED = ['record', 'retest', 'publish', 'archive'] as const;

/** Placeholder: food-safety rapid tests arrive in the next release. */
export default function InspectorHome() {
  const { t } = useTranslation();
  return (
    <section data-testid="inspector-home">
      <h1 className="q-page-title">
        {t('home.inspector.title')} <Tag color="orange">{t('home.inspector.comingNext')}</Tag>
      </h1>
      <Alert
        type="info"
        showIcon
        title={t('home.inspector.comingNext')}
        description={t('home.inspector.description')}
      />
      <Card style={{ marginTop: 16 }}>
        <List
          dataSource={[...PLANNED]}
          renderItem={(key) => (
            <List.Item extra={<Tag>{t('home.inspector.comingNext')}</Tag>}>
              {t(`home.inspector.planned.${key}`)}
            </List.Item>
          )}
        />
      </Card>
    </section>
  );
}
