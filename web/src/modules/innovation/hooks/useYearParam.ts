import { useSearchParams } from 'react-router';
import { positiveIntParam } from '../../../ui/urlParams';
import { thisYearInChina } from '../utils/format';

/** The year in the address bar (`?year=`), so that a view can be bookmarked; `fallback` otherwise. */
export function useYearParam(fallback: number): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = Math.min(positiveIntParam(params.get('year'), fallback), thisYearInChina());
  function setYear(next: number) {
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      updated.set('year', String(next));
      updated.delete('page');
      return updated;
    });
  }
  return [year, setYear];
}
