// Returns what the page says about itself, plus a readable article text.
(() => {
  const meta = (...names) => {
    for (const n of names) {
      const el = document.querySelector(`meta[name="${n}" i], meta[property="${n}" i], meta[itemprop="${n}" i]`);
      if (el && el.content) return el.content.trim();
    }
    return '';
  };
  const link = (rel) => {
    const el = document.querySelector(`link[rel~="${rel}" i][href]`);
    return el ? el.href : '';
  };
  const ld = () => {
    for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        const items = [].concat(JSON.parse(s.textContent));
        for (const it of items.flatMap((x) => x['@graph'] || [x])) {
          if (it.author || it.datePublished) return it;
        }
      } catch (e) {}
    }
    return {};
  };
  const j = ld();
  const author = [].concat(j.author || []).map((a) => (typeof a === 'string' ? a : a.name)).filter(Boolean).join(', ');
  const time = document.querySelector('time[datetime]');
  const icon = document.querySelector('link[rel~="icon" i][href], link[rel="apple-touch-icon" i][href]');
  return {
    title: document.title.trim() || meta('og:title', 'twitter:title'),
    description: meta('description', 'og:description', 'twitter:description'),
    siteName: meta('og:site_name', 'application-name'),
    language: document.documentElement.lang || meta('og:locale', 'language'),
    author: meta('author', 'article:author') || author,
    published: meta('article:published_time', 'datePublished', 'date', 'dc.date') || j.datePublished || (time ? time.getAttribute('datetime') : ''),
    canonical: link('canonical'),
    favicon: icon ? icon.href : new URL('/favicon.ico', location.href).href,
    image: meta('og:image', 'twitter:image'),
  };
})()
