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
export { generateRecords, recordAreas, streamRecords, type RecordStreamOptions } from './records.js';
