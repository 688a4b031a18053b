import { CONSULTATION_TOPICS, type ConsultationTopic } from '../types';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export type ConsultationFilters = {
  /** `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  topic: ConsultationTopic | '';
  page: number;
  pageSize: number;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function date(value: string | null): string {
  return value !== null && DATE.test(value) ? value : '';
}

export function parseConsultationFilters(params: URLSearchParams): ConsultationFilters {
  const topic = params.get('topic');
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    from: date(params.get('from')),
    to: date(params.get('to')),
    topic: topic !== null && (CONSULTATION_TOPICS as readonly string[]).includes(topic) ? (topic as ConsultationTopic) : '',
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
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
