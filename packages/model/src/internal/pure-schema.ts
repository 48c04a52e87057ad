/**
 * Builds a module-level zod schema inside a function call that each definition annotates
 * as pure (a `@__PURE__` block comment before the call), so that a bundler drops the schema when nothing uses it.
 *
 * Why: zod's builders look side-effect free to a reader, but a bundler cannot know that a method call
 * such as `z.number().check(z.int())` has no effect, and esbuild does not follow zod's own
 * `@__NO_SIDE_EFFECTS__` notes across modules. So a schema written at module level stayed in every
 * bundle that reached its module — the record schema rode along with the plan check (issue 20).
 * Wrapped in a call marked pure, the schema is built exactly as before (at load, once, in the same
 * order) when it is used, and left out of the bundle when it is not. The schemas themselves are
 * unchanged. Written as `export const YearSchema = <@__PURE__ annotation> pureSchema(() => z.number()…)`
 * (internal: not exported by the package, so it has no runnable example).
 *
 * @param build - returns the schema (called once, immediately)
 * @returns what `build` returns
 */
export const pureSchema = <T>(build: () => T): T => build();
