// Writes the live state of one document into its DOM, where DOM.getDocument
// can see it: form values, the chosen srcset candidate, canvas pixels,
// CSSOM-only rules and adopted style sheets. It returns the fonts made with
// the FontFace API. It runs after every other format was taken.
// TODO: CSSOM edits to <link> style sheets are not kept (their file text is).
(async () => {
  const L = window.__linksnap;
  const shadowOf = (el) => (L ? L.shadowOf(el) : el.shadowRoot);
  const rulesText = (sheet) => {
    try {
      return Array.from(sheet.cssRules, (r) => r.cssText).join('\n');
    } catch (e) {
      return null;
    }
  };
  const parsedCount = (text) => {
    try {
      const s = new CSSStyleSheet();
      s.replaceSync(text.replace(/@import[^;]*;/g, ''));
      return s.cssRules.length;
    } catch (e) {
      return -1;
    }
  };
  const toDataURL = (img) => {
    try {
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      c.getContext('2d').drawImage(img, 0, 0);
      return c.toDataURL();
    } catch (e) {
      return '';
    }
  };
  const fields = (el, tag) => {
    if (tag === 'input') {
      const t = (el.type || '').toLowerCase();
      if (t === 'checkbox' || t === 'radio') el.toggleAttribute('checked', el.checked);
      else if (t === 'password' || t === 'file') el.removeAttribute('value');
      else el.setAttribute('value', el.value);
    } else if (tag === 'textarea') {
      el.textContent = el.value;
    } else if (tag === 'select') {
      for (const o of el.options) o.toggleAttribute('selected', o.selected);
    }
  };
  const element = (el) => {
    const tag = el.localName;
    fields(el, tag);
    if (tag === 'style' && el.sheet) {
      const text = rulesText(el.sheet);
      if (text !== null && el.sheet.cssRules.length !== parsedCount(el.textContent)) {
        el.setAttribute('data-ls-cssom', text);
      }
    } else if (tag === 'img' && el.currentSrc) {
      const src = el.currentSrc.startsWith('blob:') ? toDataURL(el) : el.currentSrc;
      el.setAttribute('data-ls-src', src);
    } else if (tag === 'canvas') {
      try {
        el.setAttribute('data-ls-canvas', el.toDataURL());
      } catch (e) {}
    }
    const root = shadowOf(el);
    if (root) visit(root);
  };
  const adopt = (root) => {
    const sheets = root.adoptedStyleSheets || [];
    if (!sheets.length) return;
    const st = document.createElement('style');
    st.setAttribute('data-ls-adopted', '');
    st.textContent = sheets.map(rulesText).filter(Boolean).join('\n');
    const parent = root === document ? document.head || document.documentElement : root;
    parent.appendChild(st);
  };
  const visit = (root) => {
    adopt(root);
    for (const el of root.querySelectorAll('*')) element(el);
  };
  visit(document);
  const b64 = (buf) => {
    const bytes = new Uint8Array(buf.buffer ? buf.buffer : buf);
    let s = '';
    for (let i = 0; i < bytes.length; i += 32768) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
    }
    return btoa(s);
  };
  const fonts = [];
  for (const { face, source } of L ? L.fonts() : []) {
    if (face.status !== 'loaded') continue;
    const f = {
      family: face.family, style: face.style, weight: face.weight,
      stretch: face.stretch, unicodeRange: face.unicodeRange, base: document.baseURI,
    };
    if (typeof source === 'string') f.src = source;
    else f.data = b64(source);
    fonts.push(f);
  }
  return fonts;
})()
