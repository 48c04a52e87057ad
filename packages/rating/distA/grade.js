import { CoopError } from "@coop/model";
import { compileRulebook } from "./internal/grade-compile.js";
import { gradeCompiled, graderFor, typedErrors } from "./internal/grade-core.js";
const grade = (record, options) => typedErrors(() => {
  if (typeof options !== "object" || options === null) {
    throw new CoopError("INVALID_OPTIONS", "grade(record, { rulebook })", { received: typeof options });
  }
  const o = "groups" in options ? { rulebook: options } : options;
  const year = o.year ?? (typeof record === "object" && record !== null ? record.year : void 0);
  return gradeCompiled(graderFor(compileRulebook(o.rulebook), o.clamp === true), record, year);
});
export {
  grade
};
