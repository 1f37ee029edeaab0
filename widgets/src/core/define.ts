/**
 * Registers a tag once. A page that loads the bundle twice (or two versions) keeps the first registration;
 * when the tag belongs to another class, say so, because that copy's version will render.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`[stratum] <${tag}> is already defined by another copy of the widget library; that copy will be used.`);
  }
}
