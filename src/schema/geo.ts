/** Shanghai and its 16 current districts: the only values a series' `geo` may take. */
export const DISTRICTS = [
  { id: 'huangpu', zh: '黄浦区', en: 'Huangpu' },
  { id: 'xuhui', zh: '徐汇区', en: 'Xuhui' },
  { id: 'changning', zh: '长宁区', en: 'Changning' },
  { id: 'jingan', zh: '静安区', en: "Jing'an" },
  { id: 'putuo', zh: '普陀区', en: 'Putuo' },
  { id: 'hongkou', zh: '虹口区', en: 'Hongkou' },
  { id: 'yangpu', zh: '杨浦区', en: 'Yangpu' },
  { id: 'minhang', zh: '闵行区', en: 'Minhang' },
  { id: 'baoshan', zh: '宝山区', en: 'Baoshan' },
  { id: 'jiading', zh: '嘉定区', en: 'Jiading' },
  { id: 'pudong', zh: '浦东新区', en: 'Pudong' },
  { id: 'jinshan', zh: '金山区', en: 'Jinshan' },
  { id: 'songjiang', zh: '松江区', en: 'Songjiang' },
  { id: 'qingpu', zh: '青浦区', en: 'Qingpu' },
  { id: 'fengxian', zh: '奉贤区', en: 'Fengxian' },
  { id: 'chongming', zh: '崇明区', en: 'Chongming' },
] as const;

export type DistrictId = (typeof DISTRICTS)[number]['id'];
export type GeoId = 'shanghai' | DistrictId;

export const SHANGHAI = { id: 'shanghai', zh: '上海市', en: 'Shanghai' } as const;

const GEO_IDS: ReadonlySet<string> = new Set<string>(['shanghai', ...DISTRICTS.map((d) => d.id)]);

export function isGeoId(value: unknown): value is GeoId {
  return typeof value === 'string' && GEO_IDS.has(value);
}

export function isDistrictId(value: unknown): value is DistrictId {
  return isGeoId(value) && value !== 'shanghai';
}
