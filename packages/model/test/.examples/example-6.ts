import { CitationSchema } from '@coop/model';
const __expect = (actual: unknown, expected: unknown, line: string) => {
  if (!Object.is(actual, expected) && !(typeof actual === "bigint" && actual === expected))
    throw new Error(`Example line ${line} gave ${String(actual)}`);
};
CitationSchema.parse({
  document: 'Kế hoạch 42/KH-UBND', clause: 'II.2',
  phrase: 'có ít nhất 60% số HTX nông nghiệp được đánh giá, xếp loại tốt, khá',
});
export {};
