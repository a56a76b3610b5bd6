const SVG_NS = 'http://www.w3.org/2000/svg';

type Styled = Element & ElementCSSInlineStyle;

/**
 * html-to-image writes every computed property on every element, some 400 each: 3.8 MB for the
 * sample graph. This drops a declaration when it equals both the value the element would have by
 * default and its parent's value, which is safe whether the property inherits (the parent's value
 * comes down) or not (the default applies), and drops custom properties, whose values the other
 * declarations already hold. What is left draws the same.
 *
 * Defaults come from elements of the same kind created under an `all: initial` box in this page,
 * so the browser's own stylesheet for each tag is taken into account.
 */
export function slimSvg(svgText: string): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  if (doc.querySelector('parsererror')) return svgText;
  const probe = document.createElement('div');
  probe.style.cssText = 'all: initial; position: fixed; left: -100000px; top: 0;';
  document.body.append(probe);
  const defaults = new Map<string, CSSStyleDeclaration>();
  const defaultsOf = (el: Element): CSSStyleDeclaration => {
    const key = `${el.namespaceURI} ${el.localName}`;
    let style = defaults.get(key);
    if (!style) {
      const twin = document.createElementNS(el.namespaceURI, el.localName);
      if (el.namespaceURI === SVG_NS && el.localName !== 'svg') {
        const svg = document.createElementNS(SVG_NS, 'svg');
        svg.append(twin);
        probe.append(svg);
      } else probe.append(twin);
      style = getComputedStyle(twin);
      defaults.set(key, style);
    }
    return style;
  };
  try {
    const root = doc.querySelector('foreignObject > *');
    if (root) slimChildren(root as Styled, defaultsOf);
  } finally {
    probe.remove();
  }
  return new XMLSerializer().serializeToString(doc);
}

/** Children first, so each compares itself with its parent's values as they were written. */
function slimChildren(parent: Styled, defaultsOf: (el: Element) => CSSStyleDeclaration): void {
  for (const child of parent.children) {
    const el = child as Styled;
    if (!el.style) continue;
    slimChildren(el, defaultsOf);
    const own = el.style;
    const fallback = defaultsOf(el);
    const kept: string[] = [];
    for (let i = 0; i < own.length; i++) {
      const name = own.item(i);
      // Custom properties are already resolved into the values that use them.
      if (name.startsWith('--')) continue;
      const value = own.getPropertyValue(name);
      if (
        value === fallback.getPropertyValue(name) &&
        value === parent.style.getPropertyValue(name)
      )
        continue;
      const important = own.getPropertyPriority(name) ? ' !important' : '';
      kept.push(`${name}: ${value}${important};`);
    }
    // Written once: removing properties one by one re-serialises the whole declaration each time.
    if (kept.length > 0) el.setAttribute('style', kept.join(' '));
    else el.removeAttribute('style');
  }
}
