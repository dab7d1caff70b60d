// Walks the change feed at argv[2] with @openactive/rpde-validator (its library API, headless) and fails on any
// error: prints every message it logged, then a summary of errors and warnings per rule.
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/');
const { RpdeValidator } = require('@openactive/rpde-validator');

const url = process.argv[2];
const pageLimit = Number(process.argv[3] || 1000);
const log = await RpdeValidator(url, { pageLimit, timeoutMs: 60000 });
let errors = 0, warnings = 0, pages = 0;
for (const page of log.pages) {
  pages += 1;
  for (const error of page.errors) {
    const line = `${error.severity} ${error.type} on ${page.url}: ${error.message}`;
    if (error.severity === 'failure') { errors += 1; console.log(line); } else { warnings += 1; console.log(line); }
  }
}
console.log(`rpde-validator: ${pages} pages of ${url}, ${errors} errors, ${warnings} warnings`);
process.exit(errors === 0 && pages > 1 ? 0 : 1);
