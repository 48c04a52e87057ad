import { RECORD_FIELDS } from "@coop/model";
import { columnFor } from "./frame-columns.js";
class Coder {
  values = [];
  index = /* @__PURE__ */ new Map();
  codes = new Uint8Array(1024);
  length = 0;
  push(value) {
    let code = this.index.get(value);
    if (code === void 0) {
      code = this.values.length;
      this.values.push(value);
      this.index.set(value, code);
      if (code === 256 || code === 65536) this.codes = this.widened(this.codes.length);
    }
    if (this.length === this.codes.length) this.codes = this.widened(this.codes.length * 2);
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
  /** The code of every row, in order, in an array of exactly that length (the spare capacity is freed). */
  rowCodes() {
    return this.codes.slice(0, this.length);
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
  /** Empty columns, one per field, in the order `read` fills them. */
  columns() {
    return this.paths().map(columnFor);
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
const newBuilder = (reads) => ({
  rows: [],
  kinds: new Coder(),
  sectors: new Coder(),
  areas: new Coder(),
  columns: reads.columns()
});
const finish = (b, reads) => {
  const fields = /* @__PURE__ */ new Map();
  reads.store(b.columns, fields);
  return {
    rows: b.rows,
    kinds: b.kinds.values,
    kindOf: b.kinds.rowCodes(),
    sectors: b.sectors.values,
    sectorOf: b.sectors.rowCodes(),
    areas: b.areas.values,
    areaOf: b.areas.rowCodes(),
    grades: /* @__PURE__ */ new WeakMap(),
    fields,
    truths: /* @__PURE__ */ new Map(),
    populations: /* @__PURE__ */ new WeakMap()
  };
};
const framesOf = (cache, records, fields = []) => {
  const paths = [...fields];
  const known = cache.frames.get(records);
  if (known !== void 0) {
    for (const frame of known.values()) readColumns(frame, paths);
    return known;
  }
  const reads = new FieldReads(paths, /* @__PURE__ */ new Map());
  const builders = /* @__PURE__ */ new Map();
  for (let i = 0; i < records.length; i += 1) {
    const record = records[i];
    let b = builders.get(record.year);
    if (b === void 0) {
      b = newBuilder(reads);
      builders.set(record.year, b);
    }
    b.rows.push(record);
    b.kinds.push(record.kind);
    b.sectors.push(record.sector);
    b.areas.push(record.areaCode);
    reads.read(record, b.columns);
  }
  const frames = /* @__PURE__ */ new Map();
  for (const [year, b] of builders) frames.set(year, finish(b, reads));
  cache.frames.set(records, frames);
  return frames;
};
const NO_FIELDS = new FieldReads([], /* @__PURE__ */ new Map());
const frameOf = (cache, records, year) => framesOf(cache, records).get(year) ?? finish(newBuilder(NO_FIELDS), NO_FIELDS);
const recordsByYear = (cache, records) => {
  const out = /* @__PURE__ */ new Map();
  for (const [year, frame] of framesOf(cache, records)) out.set(year, frame.rows);
  return out;
};
const readColumns = (frame, paths) => {
  const reads = new FieldReads(paths, frame.fields);
  if (reads.empty) return;
  const columns = reads.columns();
  const rows = frame.rows;
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
const decidedOnce = (frame, key, predicate) => {
  let column = frame.truths.get(key);
  if (column === void 0) {
    column = new Uint8Array(frame.rows.length);
    frame.truths.set(key, column);
  }
  const truths = column;
  return (row) => {
    const known = truths[row];
    if (known !== 0) return known - 1;
    const truth = predicate(row);
    truths[row] = truth + 1;
    return truth;
  };
};
export {
  decidedOnce,
  fieldColumn,
  frameOf,
  framesOf,
  identityOf,
  readColumns,
  recordsByYear
};
