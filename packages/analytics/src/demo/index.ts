export {
  type DemoDataset,
  type DemoOptions,
  demoCsvFiles,
  EVENTS_HEADER,
  FEEDBACK_HEADER,
  generateDemo,
  SURVEYS_HEADER,
} from './generateDemo.ts';
export { demoReadme } from './readme.ts';
export { DEFAULT_DEMO_CASES, DEFAULT_DEMO_SEED, DEMO_END, DEMO_START, PRICELIST_DONE } from './scenario.ts';
export { writeDemo } from './writeDemo.ts';
