import { RECORD_FIELDS } from "@coop/model";
var Packing = /* @__PURE__ */ ((Packing2) => {
  Packing2[Packing2["Integers"] = 0] = "Integers";
  Packing2[Packing2["Floats"] = 1] = "Floats";
  Packing2[Packing2["Flags"] = 2] = "Flags";
  Packing2[Packing2["Values"] = 3] = "Values";
  return Packing2;
})(Packing || {});
const FLAG_ABSENT = 2;
const INT_ABSENT = -2147483648;
const fitsInt32 = (value) => (value | 0) === value && value !== INT_ABSENT && (value !== 0 || 1 / value > 0);
class ColumnBuilder {
  packing;
  numbers;
  values = [];
  length = 0;
  /**
   * @param packing - how the values are stored first
   * @param capacity - the number of rows that will be pushed
   */
  constructor(packing, capacity) {
    this.packing = packing;
    this.numbers = packing === 0 /* Integers */ ? new Int32Array(capacity) : packing === 2 /* Flags */ ? new Uint8Array(capacity) : new Float64Array(0);
  }
  push(value) {
    const at = this.length;
    if (at === this.numbers.length && this.packing !== 3 /* Values */) this.grow();
    switch (this.packing) {
      case 0 /* Integers */:
        if (value === void 0) this.numbers[at] = INT_ABSENT;
        else if (typeof value === "number" && fitsInt32(value)) this.numbers[at] = value;
        else if (typeof value === "number" && value === value) {
          this.widen();
          this.numbers[at] = value;
        } else return this.unpack(value);
        break;
      case 1 /* Floats */:
        if (value === void 0) this.numbers[at] = Number.NaN;
        else if (typeof value === "number" && value === value) this.numbers[at] = value;
        else return this.unpack(value);
        break;
      case 2 /* Flags */:
        if (value === void 0) this.numbers[at] = FLAG_ABSENT;
        else if (typeof value === "boolean") this.numbers[at] = value ? 1 : 0;
        else return this.unpack(value);
        break;
      default:
        this.values.push(value);
    }
    this.length = at + 1;
  }
  /** The finished column, exactly as long as the rows pushed. */
  done() {
    const n = this.length;
    switch (this.packing) {
      case 0 /* Integers */:
      case 1 /* Floats */:
        return { kind: "numbers", values: this.numbers.subarray(0, n) };
      case 2 /* Flags */:
        return { kind: "flags", values: this.numbers.subarray(0, n) };
      default:
        return { kind: "values", values: this.values };
    }
  }
  /** Doubles the room (only when more rows come than the capacity said). */
  grow() {
    const grown = new this.numbers.constructor(Math.max(16, this.length * 2));
    grown.set(this.numbers);
    this.numbers = grown;
  }
  /** Copies the integers so far into floats (absent becomes `NaN`). */
  widen() {
    const narrow = this.numbers;
    const wide = new Float64Array(narrow.length);
    for (let i = 0; i < this.length; i += 1) wide[i] = narrow[i] === INT_ABSENT ? Number.NaN : narrow[i];
    this.numbers = wide;
    this.packing = 1 /* Floats */;
  }
  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  unpack(value) {
    const column = this.done();
    const values = [];
    for (let row = 0; row < this.length; row += 1) values.push(columnValue(column, row));
    values.push(value);
    this.values = values;
    this.numbers = new Float64Array(0);
    this.packing = 3 /* Values */;
    this.length += 1;
  }
}
const NUMERIC = /* @__PURE__ */ new Set(["count", "vnd", "months", "hectares"]);
const columnFor = (path, capacity) => {
  if (!Object.hasOwn(RECORD_FIELDS, path)) return new ColumnBuilder(3 /* Values */, capacity);
  const type = RECORD_FIELDS[path];
  if (NUMERIC.has(type)) return new ColumnBuilder(0 /* Integers */, capacity);
  return new ColumnBuilder(type === "boolean" ? 2 /* Flags */ : 3 /* Values */, capacity);
};
const absentNumber = (values) => values instanceof Int32Array ? INT_ABSENT : Number.NaN;
const columnValue = (column, row) => {
  if (column.kind === "values") return column.values[row];
  const v = column.values[row];
  if (column.kind === "flags") return v === FLAG_ABSENT ? void 0 : v === 1;
  if (column.values instanceof Int32Array) return v === INT_ABSENT ? void 0 : v;
  return v === v ? v : void 0;
};
export {
  ColumnBuilder,
  FLAG_ABSENT,
  INT_ABSENT,
  absentNumber,
  columnFor,
  columnValue
};
