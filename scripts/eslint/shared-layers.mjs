// A small ESLint rule for the layers inside shared/: each file belongs to a zone, and a zone imports only the zones and
// packages its row of the table in eslint.config.js allows. Anything else (a Node built-in, a parser package, a
// higher layer, electron/ or renderer/) is reported, so a new import is a decision, not an accident. Static imports,
// re-exports, dynamic `import()`, `require()` and TypeScript's `import x = require()` are all checked; a dynamic
// import or require of a name computed at run time cannot be checked, so it is reported too.
import path from 'node:path';

/** The zone a path inside shared/ (posix, without "shared/" and without extension) belongs to, or undefined. */
function zoneOf(zones, inner) {
  return zones.find((zone) =>
    zone.paths.some((p) =>
      p.endsWith('/') ? inner === p.slice(0, -1) || inner.startsWith(p) : inner === p || inner === `${p}/index`,
    ),
  );
}

/** The package an import names: `zod`, `fuse.js`, `@scope/name`, `node:fs`. */
function packageOf(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const withoutExtension = (p) => p.replace(/\.(ts|tsx|js|mjs)$/u, '');

/** @type {import('eslint').Rule.RuleModule} */
export const sharedLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Allowlist of the folders and packages each zone of shared/ may import' },
    schema: [{ type: 'object', properties: { zones: { type: 'array' } }, required: ['zones'] }],
    messages: {
      unzoned: '{{file}} is in no layer of shared/: add its folder to the shared/ layer table in eslint.config.js.',
      outside: 'shared/ imports only shared/ and its allowed packages, not {{source}}.',
      layer: 'shared/{{from}} may import {{allowed}}; not shared/{{to}} ({{source}}). See shared/README.md.',
      unlisted: 'shared/{{from}} may import no file outside its layers ({{source}} is in no layer).',
      pkg: 'shared/{{from}} may import the packages {{allowed}}; not "{{pkg}}". See shared/README.md.',
      computed: 'shared/ imports only names written out, so the layer table can check them; not a computed {{how}}.',
    },
  },
  create(context) {
    const { zones } = context.options[0];
    const file = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    if (!file.startsWith('shared/')) return {};
    const inner = withoutExtension(file.slice('shared/'.length));
    const zone = zoneOf(zones, inner);

    function check(node, source) {
      if (!zone || typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), source));
        if (!target.startsWith('shared/')) {
          context.report({ node, messageId: 'outside', data: { source } });
          return;
        }
        const to = zoneOf(zones, withoutExtension(target.slice('shared/'.length)));
        if (!to) context.report({ node, messageId: 'unlisted', data: { from: zone.name, source } });
        else if (to !== zone && !zone.imports.includes(to.name)) {
          const allowed = zone.imports.length ? zone.imports.join(', ') : 'nothing outside itself';
          context.report({ node, messageId: 'layer', data: { from: zone.name, to: to.name, source, allowed } });
        }
        return;
      }
      const pkg = packageOf(source);
      if (!zone.packages.includes(pkg)) {
        const allowed = zone.packages.length ? zone.packages.join(', ') : 'none';
        context.report({ node, messageId: 'pkg', data: { from: zone.name, pkg, allowed } });
      }
    }

    /** A module name given to import() or require(): checked when written out, reported when computed. */
    function checkDynamic(node, arg, how) {
      if (!zone || !arg) return;
      if (arg.type === 'Literal' && typeof arg.value === 'string') check(node, arg.value);
      else if (arg.type === 'TemplateLiteral' && arg.expressions.length === 0) check(node, arg.quasis[0].value.cooked);
      else context.report({ node, messageId: 'computed', data: { how } });
    }

    /** `require(...)`, `require.resolve(...)` and `module.require(...)`. */
    function isRequire(callee) {
      if (callee.type === 'Identifier') return callee.name === 'require';
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return false;
      const { object, property } = callee;
      return (
        object.type === 'Identifier' &&
        ((object.name === 'require' && property.name === 'resolve') ||
          (object.name === 'module' && property.name === 'require'))
      );
    }

    return {
      Program(node) {
        if (!zone) context.report({ node, messageId: 'unzoned', data: { file } });
      },
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ImportExpression: (node) => checkDynamic(node, node.source, 'import()'),
      CallExpression: (node) => isRequire(node.callee) && checkDynamic(node, node.arguments[0], 'require()'),
      TSExternalModuleReference: (node) => checkDynamic(node, node.expression, 'require()'),
    };
  },
};
