import { RECORD_FIELDS } from "@coop/model";
import { checkedOnce } from "./indicator-cache.js";
import { fail, MAX_ISSUES, MAX_YEAR, MIN_YEAR } from "./evaluation-guard.js";
import { checkRecords, slotOf } from "./evaluation-records.js";
import { GradeFactsBuilder, gradeFrame, isProblems, rowGrader } from "./indicator-grades.js";
import { columnFor } from "./frame-columns.js";
class Coder {
  values = [];
  index = /* @__PURE__ */ new Map();
  codes;
  length = 0;
  /** @param capacity - the number of rows that will be pushed */
  constructor(capacity) {
    this.codes = new Uint8Array(capacity);
  }
  push(value) {
    const values = this.values;
    const scan = values.length < 16 ? values.length : 16;
    let code;
    for (let c = 0; c < scan; c += 1) {
      if (values[c] === value) {
        code = c;
        break;
      }
    }
    if (code === void 0 && scan === 16) code = this.index.get(value);
    if (code === void 0) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
      if (code === 256 || code === 65536) this.codes = this.widened(this.codes.length);
    }
    if (this.length === this.codes.length) this.codes = this.widened(Math.max(16, this.codes.length * 2));
    this.codes[this.length] = code;
    this.length += 1;
  }
  /** The codes so far in an array of `capacity` rows, wide enough for every code given so far. */
  widened(capacity) {
    const n = this.values.length;
    const grown = n > 65536 ? new Uint32Array(capacity) : n > 256 ? new Uint16Array(capacity) : new Uint8Array(capacity);
    grown.set(this.codes.subarray(0, this.length));
    return grown;
  }
  /** The code of every row, in order, in an array of exactly that length. */
  rowCodes() {
    return this.length === this.codes.length ? this.codes : this.codes.slice(0, this.length);
  }
}
const GROUP_FIELDS = /* @__PURE__ */ new Map();
for (const path of Object.keys(RECORD_FIELDS)) {
  const dot = path.indexOf(".");
  if (dot < 0) continue;
  const group = path.slice(0, dot);
  const fields = GROUP_FIELDS.get(group) ?? [];
  fields.push(path.slice(dot + 1));
  GROUP_FIELDS.set(group, fields);
}
class FieldReads {
  top = [];
  groups = [];
  keys = [];
  constructor(paths, known) {
    const wanted = /* @__PURE__ */ new Set();
    for (const path of paths) {
      if (known.has(path)) continue;
      wanted.add(path);
      const dot = path.indexOf(".");
      if (dot < 0) continue;
      const group = path.slice(0, dot);
      for (const key of GROUP_FIELDS.get(group) ?? []) if (!known.has(`${group}.${key}`)) wanted.add(`${group}.${key}`);
    }
    for (const path of wanted) {
      const dot = path.indexOf(".");
      if (dot < 0) {
        this.top.push(path);
        continue;
      }
      const group = path.slice(0, dot);
      let g = this.groups.indexOf(group);
      if (g < 0) {
        g = this.groups.length;
        this.groups.push(group);
        this.keys.push([]);
      }
      this.keys[g].push(path.slice(dot + 1));
    }
  }
  get empty() {
    return this.top.length === 0 && this.groups.length === 0;
  }
  /** The paths in the order `read` fills the columns. */
  paths() {
    return [...this.top, ...this.groups.flatMap((group, g) => this.keys[g].map((key) => `${group}.${key}`))];
  }
  /** The guard's slot of each field, in column order (see {@link ingestRecords}: every path has one there). */
  slots() {
    return this.paths().map(slotOf);
  }
  /** Empty columns for `capacity` rows, one per field, in the order `read` fills them. */
  columns(capacity) {
    return this.paths().map((path) => columnFor(path, capacity));
  }
  /** Appends one record's values to the columns. */
  read(record, columns) {
    let c = 0;
    for (let t = 0; t < this.top.length; t += 1) columns[c++].push(record[this.top[t]]);
    for (let g = 0; g < this.groups.length; g += 1) {
      const inner = record[this.groups[g]];
      const keys = this.keys[g];
      for (let k = 0; k < keys.length; k += 1) columns[c++].push(inner === void 0 ? void 0 : inner[keys[k]]);
    }
  }
  /** Finishes the columns filled by `read` and names them in the field map. */
  store(columns, into) {
    this.paths().forEach((path, c) => into.set(path, columns[c].done()));
  }
}
const newBuilder = (reads, capacity, graded) => ({
  rows: new Array(capacity),
  size: 0,
  kinds: new Coder(capacity),
  sectors: new Coder(capacity),
  areas: new Coder(capacity),
  columns: reads.columns(capacity),
  grades: graded ? new GradeFactsBuilder(capacity) : void 0
});
const finish = (b, reads, rulebooks) => {
  const fields = /* @__PURE__ */ new Map();
  reads.store(b.columns, fields);
  const grades = /* @__PURE__ */ new WeakMap();
  if (b.grades !== void 0 && rulebooks !== void 0) grades.set(rulebooks, b.grades.done());
  return {
    rows: b.size === b.rows.length ? b.rows : b.rows.slice(0, b.size),
    kinds: b.kinds.values,
    kindOf: b.kinds.rowCodes(),
    sectors: b.sectors.values,
    sectorOf: b.sectors.rowCodes(),
    areas: b.areas.values,
    areaOf: b.areas.rowCodes(),
    grades,
    fields,
    truths: /* @__PURE__ */ new Map(),
    populations: /* @__PURE__ */ new WeakMap()
  };
};
const countYears = (records) => {
  const sizes = /* @__PURE__ */ new Map();
  try {
    for (let i = 0; i < records.length; i += 1) {
      const year = records[i]?.year;
      if (typeof year === "number") sizes.set(year, (sizes.get(year) ?? 0) + 1);
    }
  } catch {
  }
  return sizes;
};
const ingestRecords = (cache, raw, prefix, fields, rulebooks) => {
  const paths = [...fields];
  const known = cache.frames.get(raw);
  if (known !== void 0) {
    const records2 = raw;
    for (const frame of known.values()) readColumns(frame, paths);
    if (rulebooks !== void 0) gradeFrames(known, records2, prefix, rulebooks);
    return records2;
  }
  const reads = new FieldReads(paths.filter((path) => slotOf(path) >= 0), /* @__PURE__ */ new Map());
  const slots = reads.slots();
  const grade = rulebooks === void 0 ? void 0 : rowGrader(rulebooks);
  const sizes = countYears(raw);
  const builders = /* @__PURE__ */ new Map();
  for (const [year, size] of sizes) builders.set(year, newBuilder(reads, size, grade !== void 0));
  const byYear = new Array(MAX_YEAR - MIN_YEAR + 1).fill(void 0);
  for (const [year, b] of builders) if (year >= MIN_YEAR && year <= MAX_YEAR && Number.isInteger(year)) byYear[year - MIN_YEAR] = b;
  const records = checkRecords(raw, prefix, (record, values, year) => {
    let b = byYear[year - MIN_YEAR];
    if (b === void 0) {
      b = newBuilder(reads, 16, grade !== void 0);
      builders.set(year, b);
      byYear[year - MIN_YEAR] = b;
    }
    if (grade !== void 0) {
      const info = grade(record);
      if (isProblems(info)) return info;
      b.grades.add(info);
    }
    b.rows[b.size] = record;
    b.size += 1;
    b.kinds.push(values[0]);
    b.sectors.push(values[1]);
    b.areas.push(values[2]);
    for (let c = 0; c < slots.length; c += 1) b.columns[c].push(values[slots[c]]);
    return void 0;
  });
  const frames = /* @__PURE__ */ new Map();
  for (const [year, b] of builders) if (b.size > 0) frames.set(year, finish(b, reads, rulebooks));
  for (const frame of frames.values()) readColumns(frame, paths);
  cache.frames.set(records, frames);
  return records;
};
const checkRecordsOnce = (cache, raw, prefix, rulebooks) => {
  if (cache.frames.has(raw)) return ingestRecords(cache, raw, prefix, [], rulebooks);
  return checkedOnce(cache, raw, `records/${identityOf(rulebooks)}`, () => {
    const grade = rowGrader(rulebooks);
    return checkRecords(raw, prefix, (record) => {
      const info = grade(record);
      return isProblems(info) ? info : void 0;
    });
  });
};
const gradeFrames = (frames, records, prefix, rulebooks) => {
  const invalid = [];
  for (const frame of frames.values()) {
    if (frame.grades.has(rulebooks)) continue;
    gradeFrame(frame, rulebooks, (row, problems) => invalid.push({ index: records.indexOf(frame.rows[row]), problems }));
  }
  if (invalid.length === 0) return;
  invalid.sort((a, b) => a.index - b.index);
  const issues = invalid.flatMap(({ index, problems }) => problems.map((p) => p.issue([...prefix, index, ...p.keys]))).slice(0, MAX_ISSUES);
  const first = issues[0];
  const rest = first.path.slice(prefix.length);
  fail("INVALID_RECORD", "records", issues, { index: rest[0], field: rest.slice(1).join("."), path: first.path });
};
const framesOf = (cache, records, fields = []) => {
  ingestRecords(cache, records, [], fields, void 0);
  return cache.frames.get(records);
};
const NO_FIELDS = new FieldReads([], /* @__PURE__ */ new Map());
const frameOf = (cache, records, year) => framesOf(cache, records).get(year) ?? finish(newBuilder(NO_FIELDS, 0, false), NO_FIELDS, void 0);
const recordsByYear = (cache, records) => {
  const out = /* @__PURE__ */ new Map();
  for (const [year, frame] of framesOf(cache, records)) out.set(year, frame.rows);
  return out;
};
const readColumns = (frame, paths) => {
  let missing = false;
  for (const path of paths) if (!frame.fields.has(path)) missing = true;
  if (!missing) return;
  const reads = new FieldReads(paths, frame.fields);
  if (reads.empty) return;
  const rows = frame.rows;
  const columns = reads.columns(rows.length);
  for (let i = 0; i < rows.length; i += 1) reads.read(rows[i], columns);
  reads.store(columns, frame.fields);
};
const fieldColumn = (frame, path) => {
  readColumns(frame, [path]);
  return frame.fields.get(path);
};
const ids = /* @__PURE__ */ new WeakMap();
let nextId = 1;
const identityOf = (value) => {
  let id = ids.get(value);
  if (id === void 0) {
    id = nextId;
    nextId += 1;
    ids.set(value, id);
  }
  return id;
};
const truthsOnce = (frame, key, decide) => {
  let truths = frame.truths.get(key);
  if (truths === void 0) {
    truths = decide();
    frame.truths.set(key, truths);
  }
  return truths;
};
export {
  checkRecordsOnce,
  fieldColumn,
  frameOf,
  framesOf,
  identityOf,
  ingestRecords,
  readColumns,
  recordsByYear,
  truthsOnce
};
