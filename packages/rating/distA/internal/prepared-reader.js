import { PREPARED_SHEET_READERS } from "./sheet-readers.generated.js";
const chosen = /* @__PURE__ */ new WeakMap();
const sameIds = (a, b) => a.length === b.length && a.every((id, i) => id === b[i]);
const bulkSheetReader = (c) => {
  let read = chosen.get(c);
  if (read === void 0) {
    read = PREPARED_SHEET_READERS.find((prepared) => sameIds(prepared.ids, c.leafIds))?.read ?? c.readSheet;
    chosen.set(c, read);
  }
  return read;
};
export {
  bulkSheetReader
};
