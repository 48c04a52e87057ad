import { pointValue as v } from "./sheet-read.js";
const PREPARED_SHEET_READERS = [
  {
    rulebook: "circular-01-2020",
    ids: ["1a", "1b", "2a", "2b", "3a", "3b", "3c", "4a", "4b", "4c", "5", "6", "7a", "7b", "7c", "8", "9", "10", "11", "12", "13", "14", "15"],
    read: (p, x) => {
      x[0] = v(p["1a"]);
      x[1] = v(p["1b"]);
      x[2] = v(p["2a"]);
      x[3] = v(p["2b"]);
      x[4] = v(p["3a"]);
      x[5] = v(p["3b"]);
      x[6] = v(p["3c"]);
      x[7] = v(p["4a"]);
      x[8] = v(p["4b"]);
      x[9] = v(p["4c"]);
      x[10] = v(p[5]);
      x[11] = v(p[6]);
      x[12] = v(p["7a"]);
      x[13] = v(p["7b"]);
      x[14] = v(p["7c"]);
      x[15] = v(p[8]);
      x[16] = v(p[9]);
      x[17] = v(p[10]);
      x[18] = v(p[11]);
      x[19] = v(p[12]);
      x[20] = v(p[13]);
      x[21] = v(p[14]);
      x[22] = v(p[15]);
    }
  }
];
export {
  PREPARED_SHEET_READERS
};
