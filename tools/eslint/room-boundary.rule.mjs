import path from 'node:path';

/**
 * A relative import may not leave its room (one app under apps/ or one lib under libs/) for
 * another app or lib: libs are reached through `@lib/<name>`, and apps never import apps.
 * `no-restricted-imports` cannot express this because it does not resolve relative paths.
 */
const ROOM_PARENTS = new Set(['apps', 'libs']);

/** `apps/<name>` or `libs/<name>` for a path inside one, else undefined. */
function roomOf(repositoryRoot, absolutePath) {
  const [parent, name] = path.relative(repositoryRoot, absolutePath).split(path.sep);
  return ROOM_PARENTS.has(parent) && name ? `${parent}/${name}` : undefined;
}

function advice(targetRoom) {
  const [parent, name] = targetRoom.split('/');
  return parent === 'libs' ? `import it through @lib/${name}` : 'apps never import other apps';
}

/** @type {import('eslint').Rule.RuleModule} */
export const roomBoundaryRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid relative imports that reach into another app or lib.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { crossing: '"{{source}}" reaches into {{target}}: {{advice}}.' },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const fileRoom = roomOf(root, context.filename);

    function check(node) {
      const source = node?.type === 'Literal' ? node.value : undefined;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const targetRoom = roomOf(root, path.resolve(path.dirname(context.filename), source));
      if (targetRoom === undefined || targetRoom === fileRoom) return;
      context.report({ node, messageId: 'crossing', data: { source, target: targetRoom, advice: advice(targetRoom) } });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference?.expression),
      'CallExpression[callee.name="require"]': (node) => check(node.arguments[0]),
    };
  },
};
