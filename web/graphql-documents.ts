import type { Plugin } from 'vite';

/**
 * Each `graphql(`…`)` call of the app becomes a reference to the document codegen generated for it
 * (`FooDocument` for an operation `Foo`, `FooFragmentDoc` for a fragment), imported from
 * `src/gql/graphql.ts`. Without it, every call goes through codegen's `graphql()` lookup, whose map
 * holds every document of the app: all of them would load with the participant's first page. With
 * it, each chunk carries only the documents it uses (what the client preset's Babel plugin does).
 * Codegen itself still reads the calls from the sources.
 */
export function graphqlDocuments(srcDir: string): Plugin {
  const gqlDir = `${srcDir.replace(/\/$/, '')}/gql/`;
  const generated = `${gqlDir}graphql.ts`;
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const gqlImport = /^import \{ graphql \} from '[./]*\/gql';\n/m;
  return {
    name: 'germoir-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.tsx?$/.test(file) || !file.startsWith(srcDir) || file.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      const out = code.replace(call, (_, document: string) => {
        const definition = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(document);
        if (!definition) throw new Error(`${file}: a graphql() document must start with a named operation or fragment`);
        const name = definition[1] === 'fragment' ? `${definition[2]}FragmentDoc` : `${definition[2]}Document`;
        names.add(name);
        return `__gql_${name}`;
      });
      const imports = `import { ${[...names].map((n) => `${n} as __gql_${n}`).join(', ')} } from ${JSON.stringify(generated)};\n`;
      // The lookup function is no longer used by this file.
      const rest = /\bgraphql\(/.test(out) ? out : out.replace(gqlImport, '');
      return { code: imports + rest, map: null };
    },
  };
}
