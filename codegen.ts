import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are absolute so the config gives the same result whether codegen runs
// from the repository root or from web/ (`npm run generate -w web`). The CLI
// loads this file as CommonJS (the root package is not "type": "module").
const root = __dirname;
const fromRoot = (p: string) => path.resolve(root, p);

const config: CodegenConfig = {
  overwrite: true,
  schema: fromRoot('schema.graphql'),
  documents: [fromRoot('web/src/**/*.{ts,tsx}'), '!' + fromRoot('web/src/gql/**')],
  ignoreNoDocuments: false,
  generates: {
    [fromRoot('web/src/gql') + '/']: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
        defaultScalarType: 'unknown',
        skipTypename: false,
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
