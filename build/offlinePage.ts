/**
 * The offline build: one self-contained HTML page a teacher copies to a laptop and opens
 * from file:// without a network. Vite builds the app as usual with three changes — the
 * worker is bundled into the page as a classic script (trainingWorker.inline.ts, started
 * from a Blob URL; a module worker from a Blob URL is refused at file://), every
 * asset is inlined as a data URL (KaTeX's fonts, in their woff2 form only, which every
 * browser that runs the app reads), and nothing is split into chunks — and this plugin
 * then moves the script and the styles into the HTML and writes it as OFFLINE_FILE.
 * A few dozen lines instead of a dependency: it is one hook over Vite's own output.
 */
import type { Plugin } from 'vite';

export const OFFLINE_FILE = 'backprop-lab-offline.html';

const WORKER_MODULE = /[\\/]src[\\/]trainingWorker\.ts$/;

/** `</script` inside inlined code would end the element early. */
const escapeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');

/** Two plugins: the swaps run before Vite's own (pre), the inlining after its HTML is written (post). */
export function offlinePage(): Plugin[] {
  return [swaps(), inlineIntoPage()];
}

function swaps(): Plugin {
  return {
    name: 'backprop-lab-offline-swaps',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('trainingWorker')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && WORKER_MODULE.test(resolved.id) ? resolved.id.replace(/\.ts$/, '.inline.ts') : null;
    },
    renderChunk(code) {
      // KaTeX is imported dynamically (src/views/kit/katexLoader.ts). With nothing split into
      // chunks there is nothing to preload, but Vite leaves its placeholder for the preload
      // list in the code ("__VITE_PRELOAD__ is not defined" at run time): no list is no preload.
      return code.includes('__VITE_PRELOAD__') ? code.replaceAll('__VITE_PRELOAD__', 'void 0') : null;
    },
    transform(code, id) {
      // KaTeX lists woff2, woff and ttf for each font; inlining all three would triple the page.
      if (!/katex(\.min)?\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '');
    },
  };
}

function inlineIntoPage(): Plugin {
  return {
    name: 'backprop-lab-offline-inline',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.fileName === 'index.html');
      if (!html || html.type !== 'asset') throw new Error('offline page: no index.html in the build');
      let page = String(html.source);
      for (const file of Object.values(bundle)) {
        const ref = new RegExp(`<script[^>]*src="[./]*${escapeRegExp(file.fileName)}"[^>]*></script>`);
        const css = new RegExp(`<link[^>]*href="[./]*${escapeRegExp(file.fileName)}"[^>]*>`);
        if (file.type === 'chunk' && ref.test(page)) {
          page = page.replace(ref, () => `<script type="module">${escapeScript(file.code)}</script>`);
          delete bundle[file.fileName];
        } else if (file.type === 'asset' && file.fileName.endsWith('.css') && css.test(page)) {
          page = page.replace(css, () => `<style>${String(file.source)}</style>`);
          delete bundle[file.fileName];
        }
      }
      const left = Object.keys(bundle).filter((name) => name !== 'index.html' && name !== 'favicon.svg');
      if (left.length > 0) throw new Error(`offline page: not inlined: ${left.join(', ')}`);
      page = page.replace(/<link rel="icon"[^>]*>/, '');
      delete bundle['index.html'];
      delete bundle['favicon.svg'];
      this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source: page });
    },
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
