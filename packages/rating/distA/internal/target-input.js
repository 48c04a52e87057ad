import { parseTarget } from "@coop/model";
import { fail, guard, isObjectLike, makeIssue, ownField, unwrap } from "./evaluation-guard.js";
import { checkPoints } from "./evaluation-values.js";
import { checkedOnce } from "./indicator-cache.js";
import { gradingRulebooks } from "./indicator-compute.js";
import { checkRecordsOnce, ingestRecords } from "./indicator-frame.js";
const checkTarget = (raw, cache) => isObjectLike(raw) ? checkedOnce(cache, raw, "target", () => unwrap(parseTarget(raw), "INVALID_TARGET", "target")) : unwrap(parseTarget(raw), "INVALID_TARGET", "target");
const checkRecordList = (records, options, path, fields) => guard("INVALID_RECORD", "records", () => path, () => ingestRecords(options.cache, records, path, fields, gradingRulebooks(options)));
const checkRecordsOnly = (records, options, path) => guard("INVALID_RECORD", "records", () => path, () => checkRecordsOnce(options.cache, records, path, gradingRulebooks(options)));
const checkObservations = (raw, options, path, fields) => {
  if (Array.isArray(raw)) return { kind: "records", records: checkRecordList(raw, options, path, fields) };
  const points = guard("INVALID_SERIES", "series", () => path, () => {
    if (!isObjectLike(raw) || ownField(raw, "kind") !== "series") return void 0;
    return checkPoints(ownField(raw, "points"), [...path, "points"], "INVALID_SERIES", true);
  });
  if (points === void 0) {
    return fail("INVALID_ARGUMENT", "observations", [
      makeIssue(path, "invalid_type", 'C\u1EA7n m\u1ED9t m\u1EA3ng b\u1EA3n ghi ho\u1EB7c { kind: "series", points }', 'Expected an array of records or { kind: "series", points }', {
        received: raw
      })
    ]);
  }
  return { kind: "series", points };
};
export {
  checkObservations,
  checkRecordList,
  checkRecordsOnly,
  checkTarget
};
