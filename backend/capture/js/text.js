// Returns the visible text of one document, open and closed shadow roots
// included. Iframes are read separately, frame by frame.
(() => {
  const L = window.__linksnap;
  const shadowOf = (el) => (L ? L.shadowOf(el) : el.shadowRoot);
  const skip = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'frame', 'object', 'embed']);
  const out = [];
  const walk = (node) => {
    if (node.nodeType === 3) {
      out.push(node.data);
      return;
    }
    if (node.nodeType === 1) {
      if (skip.has(node.localName)) return;
      if (node.checkVisibility && !node.checkVisibility({ visibilityProperty: true })) return;
      if (node.localName === 'br') {
        out.push('\n');
        return;
      }
      if (node.localName === 'slot') {
        const assigned = node.assignedNodes({ flatten: true });
        (assigned.length ? assigned : Array.from(node.childNodes)).forEach(walk);
        return;
      }
    }
    const block = node.nodeType === 1 && !getComputedStyle(node).display.startsWith('inline');
    if (block) out.push('\n');
    const root = node.nodeType === 1 ? shadowOf(node) : null;
    if (root) root.childNodes.forEach(walk);
    else node.childNodes.forEach(walk);
    if (block) out.push('\n');
  };
  if (document.body) walk(document.body);
  return out.join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, a) => l !== '' || (i > 0 && a[i - 1] !== ''))
    .join('\n')
    .trim();
})()
