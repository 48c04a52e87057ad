import { describeTsdocExamples } from '../../../test-support/tsdoc-examples.js';

describeTsdocExamples(new URL('../src/', import.meta.url));
