import { CONSULTATION_TOPICS, type ConsultationTopic } from '../types';
import { DEFAULT_PAGE_SIZE, pageSizeParam, positiveIntParam } from '../../../ui/urlParams';

export { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../ui/urlParams';

export type ConsultationFilters = {
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  topic: ConsultationTopic | '';
  page: number;
  pageSize: number;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(value: string | null): string {
  return value !== null && DATE.test(value) ? value : '';
}

export function parseConsultationFilters(params: URLSearchParams): ConsultationFilters {
  const topic = params.get('topic');
  return {
    from: date(params.get('from')),
    to: date(params.get('to')),
    topic: topic !== null && (CONSULTATION_TOPICS as readonly string[]).includes(topic) ? (topic as ConsultationTopic) : '',
    page: positiveIntParam(params.get('page'), 1),
    pageSize: pageSizeParam(params.get('pageSize')),
  };
}

export function toSearchParams(filters: ConsultationFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || value === undefined) continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}
