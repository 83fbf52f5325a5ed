// Runs in every document before the page's own scripts. It remembers closed
// shadow roots and fonts made with the FontFace API, which the page would
// otherwise hide from the capture.
(() => {
  if (window.__linksnap) return;
  const roots = new WeakMap();
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  };
  const faces = [];
  const Native = window.FontFace;
  if (Native) {
    const Wrapped = function (family, source, descriptors) {
      const face = new Native(family, source, descriptors);
      faces.push({ face, source });
      return face;
    };
    Wrapped.prototype = Native.prototype;
    window.FontFace = Wrapped;
  }
  Object.defineProperty(window, '__linksnap', {
    value: Object.freeze({
      shadowOf: (el) => el.shadowRoot || roots.get(el) || null,
      fonts: () => faces.slice(),
    }),
  });
})();
