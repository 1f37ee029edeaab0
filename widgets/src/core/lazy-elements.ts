/**
 * Elements whose code loads on first use, like the chart engine: the AI recommendations and the copilot are
 * heavy and appear on few pages, so the core stays small. Each tag's module loads once, as soon as one such
 * element is in the page (found now, added later, or rendered by a dashboard); the element then upgrades.
 */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'stratum-recommendations': () => import('../define/stratum-recommendations.js'),
  'stratum-copilot': () => import('../define/stratum-copilot.js'),
  // Report widgets (attribution, benchmarks): few dashboards show them.
  'stratum-attribution': () => import('../define/stratum-attribution.js'),
  'stratum-benchmarks': () => import('../define/stratum-benchmarks.js'),
};
export const LAZY_TAGS = Object.keys(LOADERS);
const loading = new Map<string, Promise<unknown>>();

/** Loads the element's module (once); resolves when the tag is defined. */
export function loadElement(tag: string): Promise<unknown> {
  const loader = LOADERS[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = loader().catch((error: unknown) => {
      loading.delete(tag);
      console.warn(`[stratum] <${tag}> could not be loaded`, error);
    });
    loading.set(tag, pending);
  }
  return pending;
}

function loadWithin(root: ParentNode): void {
  for (const tag of LAZY_TAGS) if (!customElements.get(tag) && root.querySelector(tag)) void loadElement(tag);
}

let watching = false;
/** Loads lazy elements present in the document now, and those the host adds later. */
export function watchLazyElements(): void {
  if (watching) return;
  watching = true;
  loadWithin(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (LAZY_TAGS.includes(node.localName)) void loadElement(node.localName);
        else if (node.firstElementChild) loadWithin(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
