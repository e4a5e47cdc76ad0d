import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../api/queries';
import type { User } from '../../api/types';
import { ErrorState } from '../../app/error-state';

/** Admin console: the user list with masked phone numbers and roles. */
export default function AdminHome() {
  const { t } = useTranslation();
  const users = useUsers();
  if (users.isError) return <ErrorState onRetry={() => void users.refetch()} />;
  return (
    <section data-testid="admin-home">
      <h1 className="q-page-title">{t('home.admin.title')}</h1>
      <Table<User>
        rowKey="id"
        size="small"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 560 }}
        data-testid="users-table"
        columns={[
          { title: t('home.admin.name'), dataIndex: 'name' },
          { title: t('home.admin.phone'), dataIndex: 'phoneMasked' },
          {
            title: t('home.admin.roles'),
            dataIndex: 'roles',
            render: (roles: User['roles']) => roles.map((r, i) => <Tag key={i}>{t(`role.${r.role}`)}</Tag>),
          },
        ]}
      />
    </section>
  );
}
