// Validates an OpenAPI document with @apidevtools/swagger-parser (schema of the OpenAPI version it declares, then
// the parser's own checks: unique operationIds, path parameters declared, $refs resolve). Prints "valid" or the errors.
// Usage: node validate.mjs <document.json>
import SwaggerParser from "@apidevtools/swagger-parser";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.mjs <document.json>");
  process.exit(2);
}
try {
  const api = await SwaggerParser.validate(file);
  console.log(`valid: ${api.info.title} ${api.info.version} (OpenAPI ${api.openapi ?? api.swagger})`);
} catch (error) {
  console.error(error.message);
  for (const detail of error.details ?? []) {
    console.error(JSON.stringify(detail));
  }
  process.exit(1);
}
