// content/en.json against content/schema.json, and the schema against the
// TypeScript types it is generated from (so neither can drift).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('content/schema.json');
const en = read('content/en.json');

const validator = () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
};

test('content/en.json matches content/schema.json', () => {
  const validate = validator();
  assert.equal(validate(en), true, JSON.stringify(validate.errors, null, 2));
});

test('the schema rejects a pack with a non-http URL and a missing field', () => {
  const validate = validator();
  const bad = structuredClone(en);
  bad.sources.items[0].url = 'javascript:alert(1)';
  delete bad.ui.disclaimer;
  assert.equal(validate(bad), false);
  const paths = validate.errors.map((e) => `${e.instancePath} ${e.message}`).join('\n');
  assert.match(paths, /\/sources\/items\/0\/url/);
  assert.match(paths, /disclaimer/);
});

test('content/schema.json is what the TypeScript types generate (run `npm run schema`)', () => {
  const generated = createGenerator({
    path: 'src/content/types.ts',
    type: 'ContentPack',
    tsconfig: 'tsconfig.json',
    topRef: false,
  }).createSchema('ContentPack');
  assert.deepEqual(JSON.parse(JSON.stringify(generated)), schema);
});
