/**
 * A rollup plugin that shrinks the text inside Lit's css`` and html`` / svg`` templates before bundling: CSS
 * loses comments and needless whitespace; markup has its whitespace runs (which HTML collapses anyway) folded to
 * one space. Expressions (${…}) are left untouched.
 */
const TEMPLATE = /\b(css|html|svg|staticHtml)`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, (match) => (match.includes('\n') ? '><' : match));
}

export function minifyTemplates() {
  return {
    name: 'stratum-minify-templates',
    transform(code, id) {
      if (!/widgets\/src\/.*\.ts$/.test(id)) return null;
      const out = code.replace(TEMPLATE, (whole, tag, body) => {
        // Only the literal parts: split around ${…} so expressions stay as written.
        const parts = body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/);
        const minified = parts.map((part, index) => (index % 2 === 1 ? part : tag === 'css' ? minifyCss(part) : minifyMarkup(part))).join('');
        return `${tag}\`${minified}\``;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
