import { RECORD_FIELDS } from "@coop/model";
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;
var Packing = /* @__PURE__ */ ((Packing2) => {
  Packing2[Packing2["Numbers"] = 0] = "Numbers";
  Packing2[Packing2["Flags"] = 1] = "Flags";
  Packing2[Packing2["Values"] = 2] = "Values";
  return Packing2;
})(Packing || {});
const FLAG_ABSENT = 2;
const INT_ABSENT = -2147483648;
const fitsInt32 = (value) => (value | 0) === value && value !== INT_ABSENT && (value !== 0 || 1 / value > 0);
class ColumnBuilder {
  packing;
  chunks = [];
  /** Per chunk of a number column: whether it is a `Float64Array`. */
  wide = [];
  chunk;
  values = [];
  length = 0;
  constructor(packing) {
    this.packing = packing;
  }
  push(value) {
    const packing = this.packing;
    if (packing === 2 /* Values */) {
      this.values.push(value);
      return;
    }
    const at = this.length & IN_CHUNK;
    if (packing === 0 /* Numbers */) {
      if (!(value === void 0 || typeof value === "number" && value === value)) return this.unpack(value);
      if (at === 0) this.newNumberChunk(this.wide.length > 0 && this.wide[this.wide.length - 1] === true);
      const last = this.wide.length - 1;
      if (!this.wide[last]) {
        if (value === void 0) this.chunk[at] = INT_ABSENT;
        else if (fitsInt32(value)) this.chunk[at] = value;
        else {
          this.widenLast(at);
          this.chunk[at] = value;
        }
      } else this.chunk[at] = value === void 0 ? Number.NaN : value;
      this.length += 1;
      return;
    }
    let code;
    if (value === void 0) code = FLAG_ABSENT;
    else if (typeof value === "boolean") code = value ? 1 : 0;
    else return this.unpack(value);
    if (at === 0) {
      this.chunk = new Uint8Array(CHUNK);
      this.chunks.push(this.chunk);
    }
    this.chunk[at] = code;
    this.length += 1;
  }
  done() {
    const chunks = this.chunks;
    switch (this.packing) {
      case 0 /* Numbers */: {
        const wide = this.wide;
        return (row) => {
          const c = row >> CHUNK_BITS;
          const v = chunks[c][row & IN_CHUNK];
          if (wide[c]) return v === v ? v : void 0;
          return v === INT_ABSENT ? void 0 : v;
        };
      }
      case 1 /* Flags */:
        return (row) => {
          const v = chunks[row >> CHUNK_BITS][row & IN_CHUNK];
          return v === FLAG_ABSENT ? void 0 : v === 1;
        };
      default: {
        const values = this.values;
        return (row) => values[row];
      }
    }
  }
  /** Starts a number chunk: integer, or wide when the previous chunk had to be widened. */
  newNumberChunk(wide) {
    this.chunk = wide ? new Float64Array(CHUNK) : new Int32Array(CHUNK);
    this.chunks.push(this.chunk);
    this.wide.push(wide);
  }
  /** Widens the last (integer) chunk to `Float64Array`, keeping its first `filled` rows. */
  widenLast(filled) {
    const narrow = this.chunk;
    const wide = new Float64Array(CHUNK);
    for (let i = 0; i < filled; i += 1) wide[i] = narrow[i] === INT_ABSENT ? Number.NaN : narrow[i];
    this.chunk = wide;
    this.chunks[this.chunks.length - 1] = wide;
    this.wide[this.wide.length - 1] = true;
  }
  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  unpack(value) {
    const read = this.done();
    const values = [];
    for (let row = 0; row < this.length; row += 1) values.push(read(row));
    values.push(value);
    this.values = values;
    this.packing = 2 /* Values */;
    this.chunks.length = 0;
    this.wide.length = 0;
  }
}
const NUMERIC = /* @__PURE__ */ new Set(["count", "vnd", "months", "hectares"]);
const columnFor = (path) => {
  if (!Object.hasOwn(RECORD_FIELDS, path)) return new ColumnBuilder(2 /* Values */);
  const type = RECORD_FIELDS[path];
  if (NUMERIC.has(type)) return new ColumnBuilder(0 /* Numbers */);
  return new ColumnBuilder(type === "boolean" ? 1 /* Flags */ : 2 /* Values */);
};
export {
  ColumnBuilder,
  columnFor
};
