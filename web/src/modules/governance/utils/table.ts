import type { TablePaginationConfig } from 'antd';
import type { Translate } from '../../../i18n/catalogue';
import { PAGE_SIZES } from '../../../ui/urlParams';

/** The pagination of a server-paged table, with the page-size choice and the total in words. */
export function serverPagination(
  page: { page: number; pageSize: number; total: number } | undefined,
  onChange: (page: number, pageSize: number) => void,
  t: Translate,
): TablePaginationConfig {
  return {
    current: page?.page ?? 1,
    pageSize: page?.pageSize ?? 20,
    total: page?.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (total) => t('common.totalItems', { total }),
    onChange,
  };
}
