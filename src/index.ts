export { parseReport, type ParseOptions } from './report.js';
export { decode, type Decoded } from './decode/decode.js';
export { reportSchema } from './contract/schema.js';
export * from './contract/types.js';
export { CodePointIndex, toUtf16, sliceCodePoints } from './text/code-points.js';
export {
  RepeatedLines,
  loadUserRules,
  UserRulesError,
  type UserRules,
  type UserRuleInput,
  type UserRulesInput,
  type RepeatedLinesOptions,
} from './boilerplate/index.js';
