import { RECORD_FIELDS } from "@coop/model";
var Packing = /* @__PURE__ */ ((Packing2) => {
  Packing2[Packing2["Integers"] = 0] = "Integers";
  Packing2[Packing2["Floats"] = 1] = "Floats";
  Packing2[Packing2["Flags"] = 2] = "Flags";
  Packing2[Packing2["Dates"] = 3] = "Dates";
  Packing2[Packing2["Values"] = 4] = "Values";
  return Packing2;
})(Packing || {});
const FLAG_ABSENT = 2;
const INT_ABSENT = -2147483648;
const fitsInt32 = (value) => (value | 0) === value && value !== INT_ABSENT && (value !== 0 || 1 / value > 0);
class ColumnBuilder {
  packing;
  ints;
  floats;
  flags;
  values = [];
  length = 0;
  /**
   * @param packing - how the values are stored first
   * @param capacity - the number of rows that will be pushed
   */
  constructor(packing, capacity) {
    this.packing = packing;
    this.ints = new Int32Array(packing === 0 /* Integers */ || packing === 3 /* Dates */ ? capacity : 0);
    this.floats = new Float64Array(0);
    this.flags = new Uint8Array(packing === 2 /* Flags */ ? capacity : 0);
  }
  push(value) {
    const at = this.length;
    switch (this.packing) {
      case 0 /* Integers */:
        if (at < this.ints.length) {
          if (value === void 0) {
            this.ints[at] = INT_ABSENT;
            this.length = at + 1;
            return;
          }
          if (typeof value === "number" && fitsInt32(value)) {
            this.ints[at] = value;
            this.length = at + 1;
            return;
          }
        }
        break;
      case 1 /* Floats */:
        if (at < this.floats.length) {
          if (value === void 0) {
            this.floats[at] = Number.NaN;
            this.length = at + 1;
            return;
          }
          if (typeof value === "number" && value === value) {
            this.floats[at] = value;
            this.length = at + 1;
            return;
          }
        }
        break;
      case 3 /* Dates */:
        if (at < this.ints.length) {
          const date = value === void 0 ? INT_ABSENT : dateNumber(value);
          if (date !== -1) {
            this.ints[at] = date;
            this.length = at + 1;
            return;
          }
        }
        break;
      case 2 /* Flags */:
        if (at < this.flags.length) {
          if (value === true || value === false || value === void 0) {
            this.flags[at] = value === void 0 ? FLAG_ABSENT : value ? 1 : 0;
            this.length = at + 1;
            return;
          }
        }
        break;
      default:
        this.values.push(value);
        this.length = at + 1;
        return;
    }
    this.pushRare(value);
  }
  /** The finished column, exactly as long as the rows pushed. */
  done() {
    const n = this.length;
    switch (this.packing) {
      case 0 /* Integers */:
        return { kind: "numbers", values: this.ints.subarray(0, n) };
      case 1 /* Floats */:
        return { kind: "numbers", values: this.floats.subarray(0, n) };
      case 2 /* Flags */:
        return { kind: "flags", values: this.flags.subarray(0, n) };
      case 3 /* Dates */:
        return { kind: "dates", values: this.ints.subarray(0, n) };
      default:
        return { kind: "values", values: this.values };
    }
  }
  /** Makes room, widens or unpacks as `value` needs, then appends it. */
  pushRare(value) {
    const at = this.length;
    if (this.packing === 0 /* Integers */ && typeof value === "number" && value === value && !fitsInt32(value)) {
      this.widen();
      return this.push(value);
    }
    const packing = this.packing;
    const room = packing === 0 /* Integers */ || packing === 3 /* Dates */ ? this.ints.length : packing === 1 /* Floats */ ? this.floats.length : this.flags.length;
    const fits = packing === 2 /* Flags */ ? value === true || value === false || value === void 0 : packing === 3 /* Dates */ ? value === void 0 || dateNumber(value) !== -1 : value === void 0 || typeof value === "number" && value === value;
    if (!fits) return this.unpack(value);
    if (at === room) this.grow();
    this.push(value);
  }
  /** Doubles the room (only when more rows come than the capacity said). */
  grow() {
    const size = Math.max(16, this.length * 2);
    if (this.packing === 0 /* Integers */ || this.packing === 3 /* Dates */) this.ints = grown(this.ints, new Int32Array(size));
    else if (this.packing === 1 /* Floats */) this.floats = grown(this.floats, new Float64Array(size));
    else this.flags = grown(this.flags, new Uint8Array(size));
  }
  /** Copies the integers so far into floats (absent becomes `NaN`). */
  widen() {
    const narrow = this.ints;
    const wide = new Float64Array(narrow.length);
    for (let i = 0; i < this.length; i += 1) wide[i] = narrow[i] === INT_ABSENT ? Number.NaN : narrow[i];
    this.floats = wide;
    this.ints = new Int32Array(0);
    this.packing = 1 /* Floats */;
  }
  /** Switches to plain values (the rows so far decoded), then appends `value`. */
  unpack(value) {
    const column = this.done();
    const values = [];
    for (let row = 0; row < this.length; row += 1) values.push(columnValue(column, row));
    values.push(value);
    this.values = values;
    this.ints = new Int32Array(0);
    this.floats = new Float64Array(0);
    this.flags = new Uint8Array(0);
    this.packing = 4 /* Values */;
    this.length += 1;
  }
}
const digit = (s, i) => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
};
const dateNumber = (value) => {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const d = digit(value, i);
    if (d < 0) return -1;
    n = n * 10 + d;
  }
  return n;
};
const dateText = (n) => {
  const text = String(n).padStart(8, "0");
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
};
const grown = (from, into) => {
  into.set(from);
  return into;
};
const NUMERIC = /* @__PURE__ */ new Set(["count", "vnd", "months", "hectares"]);
const columnFor = (path, capacity) => {
  if (!Object.hasOwn(RECORD_FIELDS, path)) return new ColumnBuilder(4 /* Values */, capacity);
  const type = RECORD_FIELDS[path];
  if (NUMERIC.has(type)) return new ColumnBuilder(0 /* Integers */, capacity);
  return new ColumnBuilder(type === "boolean" ? 2 /* Flags */ : type === "date" ? 3 /* Dates */ : 4 /* Values */, capacity);
};
const absentNumber = (values) => values instanceof Int32Array ? INT_ABSENT : Number.NaN;
const columnValue = (column, row) => {
  if (column.kind === "values") return column.values[row];
  const v = column.values[row];
  if (column.kind === "flags") return v === FLAG_ABSENT ? void 0 : v === 1;
  if (column.kind === "dates") return v === INT_ABSENT ? void 0 : dateText(v);
  if (column.values instanceof Int32Array) return v === INT_ABSENT ? void 0 : v;
  return v === v ? v : void 0;
};
export {
  ColumnBuilder,
  FLAG_ABSENT,
  INT_ABSENT,
  absentNumber,
  columnFor,
  columnValue,
  dateNumber
};
