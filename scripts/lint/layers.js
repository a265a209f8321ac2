// The layering of architecture.md as an allow-list (in the manner of VS Code's code-import-patterns):
// each top-level folder lists what it MAY import; anything else fails lint, whatever its name.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * Per layer: the folders (from the repository root) its relative imports may reach, the npm packages
 * it may import (a name allows its subpaths), and whether Node's built-in modules are allowed.
 */
export const LAYERS = {
  core: { dirs: ['core', 'schemas', 'templates'], packages: ['ajv'], node: false },
  renderer: { dirs: ['renderer', 'core', 'templates'], packages: ['react', 'react-dom', 'zustand', 'bootstrap-italia'], node: false },
  services: {
    dirs: ['services', 'core', 'templates', 'schemas'],
    packages: ['pdfmake', 'pdfkit', 'pdf-lib', 'docx', 'fflate', 'yauzl', 'yazl', 'pkijs', 'asn1js', 'node-forge', '@signpdf', 'vite', '@pdf-lib/fontkit', 'pkcs11js', 'fast-xml-parser'],
    node: true,
  },
  electron: { dirs: ['electron', 'services', 'core'], packages: ['electron'], node: true },
  cli: { dirs: ['cli', 'services', 'core'], packages: [], node: true },
};

/** The sandboxed preload: the contract and Electron's renderer-side bridge, nothing of Node. */
export const PRELOAD = { dirs: ['electron', 'core/ipc'], packages: ['electron'], node: false };

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

function allowedBy(rule, spec, file, root) {
  if (spec.startsWith('.')) {
    const target = relative(root, resolve(dirname(file), spec));
    return rule.dirs.some((d) => target === d || target.startsWith(`${d}/`));
  }
  if (NODE.has(spec) || NODE.has(spec.split('/')[0])) return rule.node;
  const name = packageName(spec);
  return rule.packages.some((p) => p === name || (p.startsWith('@') && !p.includes('/') && name.startsWith(`${p}/`)));
}

function ruleFor(file, root) {
  const rel = relative(root, file);
  if (rel === 'electron/preload.ts') return ['preload', PRELOAD];
  const layer = rel.split('/')[0];
  return LAYERS[layer] ? [layer, LAYERS[layer]] : null;
}

export const layersPlugin = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', schema: [], messages: { forbidden: '{{layer}}/ non può importare «{{spec}}»: vedi l\'elenco di ciò che può importare in scripts/lint/layers.js (architecture.md).' } },
      create(context) {
        const root = context.cwd;
        const found = ruleFor(context.filename, root);
        if (!found) return {};
        const [layer, rule] = found;
        const check = (node, source) => {
          if (!source || typeof source.value !== 'string') return;
          if (!allowedBy(rule, source.value, context.filename, root)) context.report({ node, messageId: 'forbidden', data: { layer, spec: source.value } });
        };
        return {
          ImportDeclaration: (n) => check(n, n.source),
          ExportNamedDeclaration: (n) => check(n, n.source),
          ExportAllDeclaration: (n) => check(n, n.source),
          ImportExpression: (n) => check(n, n.source.type === 'Literal' ? n.source : null),
          CallExpression: (n) => {
            if (n.callee.type === 'Identifier' && n.callee.name === 'require') check(n, n.arguments[0]?.type === 'Literal' ? n.arguments[0] : null);
          },
        };
      },
    },
  },
};
