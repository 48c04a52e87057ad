const CACHES = /* @__PURE__ */ new WeakSet();
const isCacheState = (value) => typeof value === "object" && value !== null && CACHES.has(value);
const checkedOnce = (cache, raw, kind, make) => {
  let byKind = cache.checked.get(raw);
  if (byKind === void 0) {
    byKind = /* @__PURE__ */ new Map();
    cache.checked.set(raw, byKind);
  }
  if (byKind.has(kind)) return byKind.get(kind);
  const value = make();
  byKind.set(kind, value);
  return value;
};
const newCacheState = () => {
  const state = {
    frames: /* @__PURE__ */ new WeakMap(),
    areaLookups: /* @__PURE__ */ new WeakMap(),
    results: /* @__PURE__ */ new WeakMap(),
    checked: /* @__PURE__ */ new WeakMap()
  };
  CACHES.add(state);
  return state;
};
export {
  checkedOnce,
  isCacheState,
  newCacheState
};
