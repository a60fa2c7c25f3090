/**
 * The dashboard's sections by theme, and which metric goes in which: a metric derived from another (its
 * share of the city or country, its growth rate) goes with the metric it is derived from. A metric the
 * table does not know (a catalogue added to since) goes under "other", never nowhere.
 */
export const SECTIONS = ['industry', 'enterprises', 'talent', 'models', 'waic', 'clusters', 'other'] as const;
export type SectionId = (typeof SECTIONS)[number];

const SECTION_OF: Record<string, SectionId> = {
  ai_industry_scale: 'industry',
  humanoid_robot_industry_scale: 'industry',
  ai_investment_signed: 'industry',
  ai_financing: 'industry',
  investment_institutions: 'industry',
  ai_enterprises: 'enterprises',
  ai_enterprises_above_scale: 'enterprises',
  large_model_enterprises: 'enterprises',
  new_ai_enterprises: 'enterprises',
  ai_talent: 'talent',
  universities_ai_institutes: 'talent',
  universities_ai_majors: 'talent',
  filed_models: 'models',
  genai_services_registered: 'models',
  compute_capacity: 'models',
  corpus_size: 'models',
  open_multimodal_data: 'models',
  open_text_tokens: 'models',
  cluster_enterprises: 'clusters',
  office_space: 'clusters',
};

export function sectionOf(metric: string): SectionId {
  const base = metric.split('__')[0]!;
  if (base.startsWith('waic_')) return 'waic';
  return SECTION_OF[base] ?? 'other';
}

/** The id of a section's element on the page, for the section nav's links. */
export const sectionAnchor = (id: SectionId): string => `theme-${id}`;
