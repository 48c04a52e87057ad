import { CIRCULAR_01_2020 } from "./circular-01-2020.js";
import { CIRCULAR_09_2017 } from "./circular-09-2017.js";
const BUILT_IN_RULEBOOKS = [CIRCULAR_01_2020, CIRCULAR_09_2017];
export {
  BUILT_IN_RULEBOOKS
};
