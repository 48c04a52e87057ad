import { addRational, divideRational, rational } from "@coop/model";
import { absentNumber, FLAG_ABSENT } from "./frame-columns.js";
import { FALSE, TRUE, UNKNOWN } from "./indicator-condition.js";
const TWO_POW_52 = 2 ** 52;
class ExactSum {
  small = 0;
  big = 0n;
  micro = 0n;
  fraction = void 0;
  add(v) {
    if (Number.isInteger(v)) {
      if (Math.abs(this.small) >= TWO_POW_52 || Math.abs(v) >= TWO_POW_52) {
        this.big += BigInt(this.small);
        this.small = 0;
        if (Math.abs(v) >= TWO_POW_52) {
          this.big += BigInt(v);
          return;
        }
      }
      this.small += v;
    } else {
      const scaled = v * 1e6;
      if (Number.isInteger(scaled) && scaled / 1e6 === v && Math.abs(scaled) < TWO_POW_52) {
        this.micro += BigInt(scaled);
        return;
      }
      const r = rational(v);
      this.fraction = this.fraction === void 0 ? r : addRational(this.fraction, r);
    }
  }
  value() {
    let whole = { num: this.big + BigInt(this.small), den: 1n };
    if (this.micro !== 0n) whole = addRational(whole, { num: this.micro, den: 1000000n });
    return this.fraction === void 0 ? whole : addRational(whole, this.fraction);
  }
}
const applyPolicy = (policy, op, eligible, missing) => {
  if (policy === "skip-if-any-missing" && missing > 0) return "any-missing";
  if (policy === "skip-if-all-missing" && missing > 0 && missing === eligible) return "all-missing";
  void op;
  return void 0;
};
const tally = (column, population, where, asZero, sum) => {
  const t = { records: 0, missing: 0, eligible: 0 };
  const intAbsent = column.kind === "numbers" ? absentNumber(column.values) : Number.NaN;
  const absent = () => {
    t.missing += 1;
    if (asZero) t.records += 1;
  };
  for (let i = 0; i < population.length; i += 1) {
    const row = population[i];
    if (where !== void 0) {
      const truth = where[row];
      if (truth === FALSE) continue;
      if (truth === UNKNOWN) {
        t.eligible += 1;
        t.missing += 1;
        continue;
      }
    }
    t.eligible += 1;
    if (column.kind === "dates") {
      absent();
      continue;
    }
    if (column.kind === "values") {
      const v2 = column.values[row];
      if (typeof v2 === "number") {
        sum.add(v2);
        t.records += 1;
      } else if (typeof v2 === "boolean") {
        if (v2) sum.add(1);
        t.records += 1;
      } else absent();
      continue;
    }
    const v = column.values[row];
    if (column.kind === "flags") {
      if (v === FLAG_ABSENT) absent();
      else {
        if (v === 1) sum.add(1);
        t.records += 1;
      }
    } else if (v !== v || v === intAbsent) absent();
    else {
      sum.add(v);
      t.records += 1;
    }
  }
  return t;
};
const computeSide = (aggregate, column, population, where) => {
  const policy = aggregate.missing;
  if (aggregate.op === "count") {
    if (where === void 0) {
      return { op: "count", status: "ok", value: rational(population.length), records: population.length, missing: 0 };
    }
    let count = 0;
    let missing2 = 0;
    for (let i = 0; i < population.length; i += 1) {
      const t = where[population[i]];
      if (t === TRUE) count += 1;
      else if (t === UNKNOWN) missing2 += 1;
    }
    const reason2 = applyPolicy(policy, "count", population.length, missing2);
    if (reason2 !== void 0) return { op: "count", status: "skipped", reason: reason2, value: void 0, records: count, missing: missing2 };
    return { op: "count", status: "ok", value: rational(count), records: count, missing: missing2 };
  }
  const sum = new ExactSum();
  const { records, missing, eligible } = tally(column(aggregate.field), population, where, policy === "missing-as-zero", sum);
  const base = { op: aggregate.op, field: aggregate.field, records, missing };
  const reason = applyPolicy(policy, aggregate.op, eligible, missing);
  if (reason !== void 0) return { ...base, status: "skipped", reason, value: void 0 };
  const total = sum.value();
  if (aggregate.op === "sum") return { ...base, status: "ok", value: total, total };
  if (records === 0) return { ...base, status: "skipped", reason: eligible === 0 ? "no-records" : "all-missing", value: void 0, total };
  return { ...base, status: "ok", value: divideRational(total, rational(records)), total };
};
export {
  computeSide
};
