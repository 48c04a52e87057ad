export { createRandom, mixSeed, type Random } from './prng.js';
export {
  REFORM_YEAR,
  SHEET_MAXIMA,
  generateSampleProvince,
  type RecordDetail,
  type SampleProvince,
  type SampleProvinceOptions,
  type SampleStatistics,
} from './province.js';
export { generateRecords, streamRecords, type RecordStreamOptions } from './records.js';
