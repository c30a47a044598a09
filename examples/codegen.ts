// graphql-codegen (https://the-guild.dev/graphql/codegen) for a partner's TypeScript: types for your own documents,
// checked against the Sociaal Netwerk schema. In your project:
//
//   npm install --save-dev @graphql-codegen/cli @graphql-codegen/client-preset graphql
//   npx graphql-codegen --config codegen.ts
//
// Here it reads schema.graphql from this repository and the documents in examples/; in your own project point
// `schema` at the server (see below) and `documents` at your own .graphql files.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // Or the live schema by introspection, with the fields of the current specification (scalar URLs, deprecated
  // arguments, repeatable directives), which the server answers:
  //   schema: { 'https://sociaalnetwerk.example/graphql': { specifiedByUrl: true, inputValueDeprecation: true, directiveIsRepeatable: true } },
  schema: '../schema.graphql',
  documents: ['queries/*.graphql', 'mutations/*.graphql'],
  generates: {
    './gql/': {
      preset: 'client',
      config: {
        // Every custom scalar of the schema, as JSON carries it (see its @specifiedBy): without this mapping codegen
        // types them as `unknown` (or `any`). Parse a DateTime with `new Date(value)` or Temporal; keep a DateOnly as
        // text (`new Date('2026-12-01')` would be midnight UTC, the day before in some time zones).
        scalars: {
          DateTime: { input: 'string', output: 'string' }, // RFC 3339 with offset: 2026-12-01T10:00:00+01:00
          DateOnly: { input: 'string', output: 'string' }, // ISO 8601 / RFC 3339 full-date: 2026-12-01
        },
        // Fail the generation when the schema gets a scalar this mapping does not know.
        strictScalars: true,
        // Enums as string unions ('JEUGD' | 'SPORT' | …), so a Record<Thema, string> of labels type-checks.
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
