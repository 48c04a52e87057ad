import { CoopError } from "@coop/model";
import { compileRulebook } from "./internal/grade-compile.js";
import { gradeCompiled, graderFor, typedErrors } from "./internal/grade-core.js";
import { bulkSheetReader } from "./internal/prepared-reader.js";
const gradeMany = (records, options) => typedErrors(() => gradeAll(records, options));
const checkOptions = (options) => {
  if (typeof options !== "object" || options === null) {
    throw new CoopError("INVALID_OPTIONS", "gradeMany needs { rulebook } as its second argument", { received: typeof options });
  }
};
const bulkGrader = (options) => {
  checkOptions(options);
  const c = compileRulebook(options.rulebook);
  return graderFor(c, options.clamp === true, bulkSheetReader(c));
};
const gradeAll = (records, options) => {
  const g = bulkGrader(options);
  const year = options.year;
  if (Array.isArray(records)) {
    const list = records;
    const out2 = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const record = list[i];
      out2[i] = gradeCompiled(g, record, year ?? record?.year);
    }
    return out2;
  }
  const out = [];
  for (const record of records) out.push(gradeCompiled(g, record, year ?? record?.year));
  return out;
};
function* gradeEach(records, options) {
  const g = typedErrors(() => bulkGrader(options));
  const iterator = typedErrors(() => records[Symbol.iterator]());
  for (; ; ) {
    const next = typedErrors(() => iterator.next());
    if (next.done === true) return;
    const record = next.value;
    yield typedErrors(() => gradeCompiled(g, record, options.year ?? record?.year));
  }
}
export {
  gradeEach,
  gradeMany
};
