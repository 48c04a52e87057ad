import { GRADE_LABEL, INCOMPLETE_LABEL, NOT_RATED_LABEL } from "./grade-labels.js";
const EMPTY = Object.freeze([]);
const NO_MARGINS = Object.freeze({});
const CTX = /* @__PURE__ */ Symbol("context");
const RECORD = /* @__PURE__ */ Symbol("record");
const plain = (result, extra) => Object.assign(Object.fromEntries(Object.entries(result)), extra);
const derive = (result, name) => {
  const h = result;
  return h[CTX].engine[name](h[CTX], h[RECORD], result.year);
};
class Derived {
  /** The rulebook and whether it was in force for the year. */
  get rulebook() {
    return derive(this, "rulebook");
  }
  /** Every override that fired. */
  get overrides() {
    return derive(this, "overrides");
  }
  /** Every warning. */
  get warnings() {
    return derive(this, "warnings");
  }
  /** The per-criterion breakdown (missing criteria have `source: 'missing'`). */
  get criteria() {
    return derive(this, "criteria");
  }
  /** The per-group breakdown (a group with a missing criterion has no points). */
  get groups() {
    return derive(this, "groups");
  }
  /** A plain object with every field, the derived ones included. */
  toJSON() {
    const extra = {
      rulebook: this.rulebook,
      overrides: this.overrides,
      margins: this.margins,
      warnings: this.warnings,
      label: this.label,
      criteria: this.criteria,
      groups: this.groups
    };
    if ("totalHundredths" in this) extra["total"] = this.total;
    return plain(this, extra);
  }
}
class RatedResult extends Derived {
  constructor(organisationId, year, grade, pointsGrade, totalHundredths, ctx, record) {
    super();
    const t = this;
    t.status = "rated";
    t.organisationId = organisationId;
    t.year = year;
    t.grade = grade;
    t.pointsGrade = pointsGrade;
    t.totalHundredths = totalHundredths;
    t[CTX] = ctx;
    t[RECORD] = record;
  }
  /** The total (display number; exact: `totalHundredths`). */
  get total() {
    return this.totalHundredths / 100;
  }
  /** The grade's label. */
  get label() {
    return GRADE_LABEL[this.grade];
  }
  /** Distance to the grade bands up and down (empty when an override fired). */
  get margins() {
    const x = this[CTX];
    return x.engine.margins(x.c, this.totalHundredths, this.overrides.length > 0);
  }
}
class IncompleteResult extends Derived {
  constructor(organisationId, year, missing, grade, ctx, record) {
    super();
    const t = this;
    t.status = "incomplete";
    t.organisationId = organisationId;
    t.year = year;
    if (grade !== void 0) t.grade = grade;
    t.missing = missing;
    t[CTX] = ctx;
    t[RECORD] = record;
  }
  /** "Incomplete", or the grade an override decided. */
  get label() {
    return this.grade === void 0 ? INCOMPLETE_LABEL : GRADE_LABEL[this.grade];
  }
  /** Always empty: no total, no margins. */
  get margins() {
    return NO_MARGINS;
  }
}
class NotRatedResult {
  constructor(organisationId, year, rulebook, warnings, reason) {
    const t = this;
    t.status = "not-rated";
    t.organisationId = organisationId;
    t.year = year;
    t.rulebook = rulebook;
    t.overrides = EMPTY;
    t.warnings = warnings;
    t.reason = reason;
    t.label = NOT_RATED_LABEL;
    t.margins = NO_MARGINS;
    t.criteria = EMPTY;
    t.groups = EMPTY;
  }
}
export {
  IncompleteResult,
  NotRatedResult,
  RatedResult
};
