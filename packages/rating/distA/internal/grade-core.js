import { CoopError } from "@coop/model";
import { baseWarnings, yearInfo } from "./grade-compile.js";
import { GRADE_RANK } from "./grade-labels.js";
import { evaluateCondition } from "./grade-read.js";
import { IncompleteResult, NotRatedResult, RatedResult } from "./grade-result.js";
import { fromHundredths, toHundredths } from "./points.js";
import { evaluateTiers } from "./tier-eval.js";
const SRC_SHEET = 0;
const SRC_COMPUTED = 1;
const SRC_MISSING = 2;
const EMPTY = Object.freeze([]);
const NO_MARGINS = Object.freeze({});
const show = (hundredths) => String(fromHundredths(hundredths));
const checkedPoints = (raw, id, ctx) => {
  const scaled = toHundredths(raw);
  if (!(scaled >= 0)) {
    throw new CoopError(
      "INVALID_POINTS",
      `Invalid points for "${id}": ${String(raw)}`,
      { criterion: id, received: raw, organisationId: ctx.record.organisationId, year: ctx.year }
    );
  }
  return scaled;
};
const capped = (ctx, id, value, max, kind) => {
  if (max < 0 || value <= max) return value;
  if (!ctx.clamp) {
    throw new CoopError(
      "POINTS_ABOVE_MAXIMUM",
      `"${id}": ${show(value)} points above the maximum ${show(max)} (${ctx.record.organisationId})`,
      {
        criterion: id,
        kind,
        points: fromHundredths(value),
        max: fromHundredths(max),
        organisationId: ctx.record.organisationId,
        year: ctx.year
      }
    );
  }
  (ctx.warnings ??= []).push({
    code: kind === "group" ? "GROUP_ABOVE_CAP" : "POINTS_CLAMPED",
    criterion: id,
    message: {
      vi: `${id}: ${show(value)} \u0111i\u1EC3m, v\u01B0\u1EE3t m\u1EE9c t\u1ED1i \u0111a ${show(max)}; t\xEDnh ${show(max)}.`,
      en: `${id}: ${show(value)} points, above the maximum ${show(max)}; counted as ${show(max)}.`
    },
    details: { points: fromHundredths(value), max: fromHundredths(max) }
  });
  return max;
};
const warn = (ctx, warning) => {
  (ctx.warnings ??= []).push(warning);
};
const unknownKeys = (ctx, points) => {
  for (const key of Object.keys(points)) {
    if (ctx.c.scored.has(key)) continue;
    warn(ctx, {
      code: "UNKNOWN_CRITERION",
      criterion: key,
      message: {
        vi: `B\u1ECF qua "${key}": kh\xF4ng ph\u1EA3i ti\xEAu ch\xED \u0111\u01B0\u1EE3c ch\u1EA5m.`,
        en: `Ignored "${key}": not a scored criterion.`
      }
    });
  }
};
const sumLeaves = (ctx, c, vals, groupOut) => {
  const keep = (id, sum, max, kind) => ctx === void 0 ? max >= 0 && sum > max ? max : sum : capped(ctx, id, sum, max, kind);
  const keepParent = (p2, sum) => keep(c.parents[p2].id, sum, c.parents[p2].max, "criterion");
  const keepGroup = (g2, sum) => {
    const kept = keep(c.groupIds[g2], sum, c.groupCap[g2], "group");
    if (groupOut !== void 0) groupOut[g2] = kept;
    return kept;
  };
  const n = vals.length;
  let total = 0;
  let g = n > 0 ? c.leafGroup[0] : 0;
  let gsum = 0;
  let p = -1;
  let psum = 0;
  for (let i = 0; i < n; i++) {
    const leafParent = c.leafParent[i];
    const leafGroup = c.leafGroup[i];
    if (leafParent !== p) {
      if (p >= 0) gsum += keepParent(p, psum);
      p = leafParent;
      psum = 0;
    }
    if (leafGroup !== g) {
      total += keepGroup(g, gsum);
      g = leafGroup;
      gsum = 0;
    }
    const add = vals[i] >> 2;
    if (leafParent >= 0) psum += add;
    else gsum += add;
  }
  if (p >= 0) gsum += keepParent(p, psum);
  if (n > 0) total += keepGroup(g, gsum);
  return total;
};
const hundredthsField = (value) => ({
  points: fromHundredths(value),
  pointsHundredths: value
});
const maxOf = (scaled) => scaled < 0 ? null : fromHundredths(scaled);
const buildCriteria = (c, vals) => {
  const out = [];
  const sources = ["sheet", "computed", "missing"];
  const leaf = (i2, parent) => {
    const v = vals[i2];
    const src = sources[v & 3];
    const base = {
      id: c.leafIds[i2],
      level: parent === void 0 ? "criterion" : "sub-criterion",
      group: c.groupIds[c.leafGroup[i2]],
      ...parent === void 0 ? {} : { parent },
      max: maxOf(c.leafMax[i2]),
      source: src
    };
    return src === "missing" ? base : { ...base, ...hundredthsField(v >> 2) };
  };
  let i = 0;
  while (i < vals.length) {
    const p = c.leafParent[i];
    if (p < 0) {
      out.push(leaf(i, void 0));
      i++;
      continue;
    }
    const parent = c.parents[p];
    let sum = 0;
    let anyMissing = false;
    for (let j = parent.first; j <= parent.last; j++) {
      const v = vals[j];
      if ((v & 3) === SRC_MISSING) anyMissing = true;
      else sum += v >> 2;
    }
    const value = parent.max >= 0 && sum > parent.max ? parent.max : sum;
    out.push({
      id: parent.id,
      level: "criterion",
      group: c.groupIds[parent.group],
      max: maxOf(parent.max),
      ...anyMissing ? { source: "missing" } : { source: "sum", ...hundredthsField(value) }
    });
    for (let j = parent.first; j <= parent.last; j++) out.push(leaf(j, parent.id));
    i = parent.last + 1;
  }
  return Object.freeze(out);
};
const buildGroups = (c, vals) => {
  const kept = [];
  sumLeaves(void 0, c, vals, kept);
  const missingIn = /* @__PURE__ */ new Set();
  vals.forEach((v, i) => {
    if ((v & 3) === SRC_MISSING) missingIn.add(c.leafGroup[i]);
  });
  return Object.freeze(
    c.rulebook.groups.map(({ id, cap }, g) => ({
      id,
      cap: cap ?? null,
      ...missingIn.has(g) || kept[g] === void 0 ? {} : hundredthsField(kept[g])
    }))
  );
};
const analyse = (c, record, year, clamp) => {
  const ctx = { c, record, year, clamp, warnings: void 0 };
  const sheet = record.sheet;
  const points = sheet === void 0 || sheet === null ? void 0 : sheet.points;
  const n = c.leafIds.length;
  const vals = [];
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const id = c.leafIds[i];
    const raw = points === void 0 ? void 0 : points[id];
    const tiers = c.leafTiers[i];
    if (tiers !== void 0) {
      const computed = evaluateTiers(tiers, record);
      if (computed >= 0) {
        if (raw !== void 0) {
          const given = checkedPoints(raw, id, ctx);
          if (given !== computed) {
            warn(ctx, {
              code: "SHEET_DIFFERS_FROM_COMPUTED",
              criterion: id,
              message: {
                vi: `${id}: phi\u1EBFu ch\u1EA5m ${show(given)}, t\xEDnh t\u1EEB s\u1ED1 li\u1EC7u ${show(computed)}; d\xF9ng ${show(computed)}.`,
                en: `${id}: the sheet says ${show(given)}, the figures give ${show(computed)}; ${show(computed)} is used.`
              },
              details: { sheet: fromHundredths(given), computed: fromHundredths(computed) }
            });
          }
        }
        vals.push(computed * 4 + SRC_COMPUTED);
        continue;
      }
    }
    if (raw === void 0) {
      vals.push(SRC_MISSING);
      missing++;
      continue;
    }
    vals.push(capped(ctx, id, checkedPoints(raw, id, ctx), c.leafMax[i], "criterion") * 4);
  }
  if (points !== void 0) unknownKeys(ctx, points);
  const total = sumLeaves(ctx, c, vals);
  return { vals, missing, total, warnings: ctx.warnings };
};
const fastTotal = (c, values) => {
  const maxima = c.fastMax;
  const buckets = c.fastBucket;
  const n = maxima.length;
  let total = 0;
  let bucket = -1;
  let bsum = 0;
  for (let i = 0; i < n; i++) {
    const raw = values[i];
    const s = Math.round(raw * 100);
    if (s / 100 !== raw || s < 0 || s > maxima[i]) return -1;
    total += s;
    const b = buckets[i];
    if (b !== bucket) {
      if (bucket >= 0 && bsum > c.fastCap[bucket]) return -1;
      bucket = b;
      bsum = 0;
    }
    bsum += s;
  }
  return bucket >= 0 && bsum > c.fastCap[bucket] ? -1 : total;
};
const bandIndex = (c, total) => {
  const lows = c.bandLow;
  const last = lows.length - 1;
  let b = 0;
  while (b < last && total < lows[b]) b++;
  return b;
};
const maskOf = (c, record) => {
  let mask = 0;
  for (const rule of c.notRated) if (evaluateCondition(rule.when, record) === void 0) mask |= rule.bit;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === void 0) mask |= rule.bit;
  return mask;
};
const firedOverrides = (c, record) => {
  let fired;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === true) (fired ??= []).push(rule.fired);
  return fired === void 0 ? EMPTY : Object.freeze(fired);
};
const margin = (grade, hundredths) => ({ grade, ...hundredthsField(hundredths) });
const ENGINE = {
  rulebook: (x, _record, year) => yearInfo(x.c, year).ref,
  overrides: (x, record) => firedOverrides(x.c, record),
  criteria: (x, record, year) => buildCriteria(x.c, analyse(x.c, record, year, x.clamp).vals),
  groups: (x, record, year) => buildGroups(x.c, analyse(x.c, record, year, x.clamp).vals),
  warnings: (x, record, year) => {
    const base = baseWarnings(x.c, yearInfo(x.c, year), maskOf(x.c, record));
    const extra = analyse(x.c, record, year, x.clamp).warnings;
    return extra === void 0 ? base : Object.freeze([...base, ...extra]);
  },
  margins: (c, total, overridden) => {
    if (overridden) return NO_MARGINS;
    const lows = c.bandLow;
    const b = bandIndex(c, total);
    const out = {};
    if (b > 0) out.up = margin(c.bandGrade[b - 1], lows[b - 1] - total);
    if (b < lows.length - 1) out.down = margin(c.bandGrade[b + 1], total - lows[b]);
    return out;
  }
};
const graderFor = (c, clamp, read = c.readSheet) => ({
  c,
  clamp,
  engine: ENGINE,
  read,
  values: new Float64Array(c.leafIds.length)
});
const gradeCompiled = (g, record, year, pointsRead = false) => {
  const c = g.c;
  const sheet = typeof record === "object" && record !== null ? record.sheet : void 0;
  if (typeof record !== "object" || record === null || typeof record.organisationId !== "string" || typeof record.kind !== "string" || typeof record.sector !== "string" || !Number.isInteger(year) || sheet !== void 0 && (typeof sheet !== "object" || sheet === null || typeof sheet.points !== "object" || sheet.points === null)) {
    throw new CoopError(
      "INVALID_RECORD",
      "Invalid record: organisationId, kind, sector, year or sheet",
      { year }
    );
  }
  if (sheet !== void 0 && sheet.rulebook !== c.id) {
    throw new CoopError(
      "RULEBOOK_MISMATCH",
      `Sheet for "${String(sheet.rulebook)}", not "${c.id}" (${record.organisationId}, ${year})`,
      { expected: c.id, received: String(sheet.rulebook), organisationId: record.organisationId, year }
    );
  }
  const sector = record.sector;
  if (!c.kinds.has(record.kind) || c.sectors !== void 0 && !c.sectors.has(sector) || c.excluded.has(sector)) {
    const info = yearInfo(c, year);
    return new NotRatedResult(record.organisationId, year, info.ref, info.base, c.outOfScope);
  }
  let mask = 0;
  for (const rule of c.notRated) {
    const holds = evaluateCondition(rule.when, record);
    if (holds === true) {
      const info = yearInfo(c, year);
      return new NotRatedResult(
        record.organisationId,
        year,
        info.ref,
        baseWarnings(c, info, mask),
        rule.reason
      );
    }
    if (holds === void 0) mask |= rule.bit;
  }
  let forced;
  for (const { grade } of firedOverrides(c, record)) if (forced === void 0 || GRADE_RANK[grade] < GRADE_RANK[forced]) forced = grade;
  const points = sheet === void 0 ? void 0 : sheet.points;
  let total = -1;
  if (c.fast && points !== void 0) {
    if (!pointsRead) g.read(points, g.values);
    total = fastTotal(c, g.values);
  }
  if (total < 0) {
    const a = analyse(c, record, year, g.clamp);
    total = a.total;
    if (a.missing > 0) {
      const ids = [];
      for (let i = 0; i < a.vals.length; i++) if ((a.vals[i] & 3) === SRC_MISSING) ids.push(c.leafIds[i]);
      return new IncompleteResult(record.organisationId, year, Object.freeze(ids), forced, g, record);
    }
  }
  const pointsGrade = c.bandGrade[bandIndex(c, total)];
  return new RatedResult(record.organisationId, year, forced ?? pointsGrade, pointsGrade, total, g, record);
};
const quickGrade = (g, record) => {
  const c = g.c;
  const sector = record.sector;
  if (!c.fast || !c.kinds.has(record.kind) || c.sectors !== void 0 && !c.sectors.has(sector) || c.excluded.has(sector)) return void 0;
  for (const rule of c.notRated) if (evaluateCondition(rule.when, record) === true) return void 0;
  for (const rule of c.overrides) if (evaluateCondition(rule.when, record) === true) return void 0;
  const total = fastTotal(c, g.values);
  return total < 0 ? void 0 : c.bandGrade[bandIndex(c, total)];
};
const typedErrors = (step) => {
  try {
    return step();
  } catch (error) {
    if (error instanceof CoopError) throw error;
    throw new CoopError("INVALID_INPUT", `Cannot grade this input: ${String(error)}`, {
      cause: error instanceof Error ? error.name : typeof error
    });
  }
};
export {
  fastTotal,
  gradeCompiled,
  graderFor,
  quickGrade,
  typedErrors
};
