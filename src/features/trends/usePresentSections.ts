import { useMemo } from 'react';
import { SECTIONS, sectionOf, type SectionId } from '../../core/sections';
import { useData } from '../../store/dataContext';

/** The themed sections the data has anything for, in page order (whatever the filters; a filtered-out one says so). */
export function usePresentSections(): SectionId[] {
  const { data } = useData();
  return useMemo(() => {
    const has = new Set(data.series.map((s) => sectionOf(s.metric)));
    return SECTIONS.filter((id) => has.has(id));
  }, [data]);
}
