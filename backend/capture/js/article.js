// Returns the readable article of the page as plain text: the title and the
// paragraphs of the element that holds the most paragraph text.
(() => {
  const score = new Map();
  for (const p of document.querySelectorAll('p, pre, blockquote, li, h2, h3')) {
    const len = p.innerText.trim().length;
    if (len < 20) continue;
    for (let el = p.parentElement, d = 0; el && d < 3; el = el.parentElement, d++) {
      score.set(el, (score.get(el) || 0) + len / (d + 1));
    }
  }
  let best = document.querySelector('article, main, [role="main"]') || document.body;
  let top = 0;
  for (const [el, s] of score) {
    if (s > top) {
      top = s;
      best = el;
    }
  }
  if (!best) return '';
  const junk = 'nav, aside, footer, form, button, script, style, noscript, [aria-hidden="true"]';
  const parts = [];
  for (const el of best.querySelectorAll('h1, h2, h3, h4, p, pre, blockquote, li, figcaption, td')) {
    if (el.closest(junk) || el.parentElement.closest('p, li, blockquote, td')) continue;
    const t = el.innerText.replace(/\s+\n/g, '\n').trim();
    if (t) parts.push(t);
  }
  const h1 = document.querySelector('h1');
  const title = (h1 && h1.innerText.trim()) || document.title;
  const body = parts.length ? parts.join('\n\n') : best.innerText.trim();
  return body.startsWith(title) ? body : title + '\n\n' + body;
})()
