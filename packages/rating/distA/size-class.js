import { CoopError } from "@coop/model";
import { inForceOn } from "./internal/grade-validity.js";
import { SIZE_CLASS_RULES } from "./size-class-rules.js";
const LABELS = {
  micro: { vi: "Si\xEAu nh\u1ECF", en: "Micro" },
  small: { vi: "Nh\u1ECF", en: "Small" },
  medium: { vi: "V\u1EEBa", en: "Medium" },
  large: { vi: "L\u1EDBn", en: "Large" },
  unknown: { vi: "Ch\u01B0a x\xE1c \u0111\u1ECBnh", en: "Unknown" }
};
const test = (t, record, missing) => {
  const v = record[t.field];
  if (typeof v !== "number") {
    missing.add(t.field);
    return void 0;
  }
  return t.gte !== void 0 ? v >= t.gte : t.gt !== void 0 ? v > t.gt : true;
};
const and = (values) => values.includes(false) ? false : values.includes(void 0) ? void 0 : true;
const or = (values) => values.includes(true) ? true : values.includes(void 0) ? void 0 : false;
const sizeClass = (record, options) => {
  const { on } = options;
  if (typeof on !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(on)) {
    throw new CoopError("INVALID_DATE", `sizeClass needs { on: 'YYYY-MM-DD' }; received ${String(on)}`, { received: on });
  }
  const rules = (options.rules ?? SIZE_CLASS_RULES).filter(
    (r) => inForceOn(r, on) && r.kinds.includes(record.kind) && (options.basis === void 0 || r.basis === options.basis)
  );
  let rule;
  for (const r of rules) if (rule === void 0 || r.effectiveFrom > rule.effectiveFrom) rule = r;
  if (rule === void 0) return { class: "unknown", reason: "no-rule", label: LABELS.unknown };
  const ref = { id: rule.id, basis: rule.basis, citation: rule.citation };
  const table = rule.tables.find((t) => t.sectors === "all" || t.sectors.includes(record.sector));
  if (table === void 0) return { class: "unknown", reason: "not-recovered", rule: ref, label: LABELS.unknown };
  const missing = /* @__PURE__ */ new Set();
  for (const condition of table.classes) {
    const holds = and([
      and(condition.all.map((t) => test(t, record, missing))),
      condition.any === void 0 ? true : or(condition.any.map((t) => test(t, record, missing)))
    ]);
    if (holds === void 0) return { class: "unknown", reason: "missing-data", missing: [...missing], rule: ref, label: LABELS.unknown };
    if (holds) {
      return condition.class === "unknown" ? { class: "unknown", reason: "not-recovered", rule: ref, label: LABELS.unknown } : { class: condition.class, rule: ref, label: LABELS[condition.class] };
    }
  }
  if (table.otherwise === "unknown") return { class: "unknown", reason: "not-recovered", rule: ref, label: LABELS.unknown };
  return { class: table.otherwise, rule: ref, label: LABELS[table.otherwise] };
};
export {
  sizeClass
};
