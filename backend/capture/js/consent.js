// Hides cookie and consent overlays it recognises, by well-known selectors
// and by fixed boxes that talk about cookies. It returns how many it hid.
(() => {
  const known = [
    '#onetrust-consent-sdk', '#onetrust-banner-sdk', '#CybotCookiebotDialog', '#didomi-host',
    '.qc-cmp2-container', '#usercentrics-root', '.fc-consent-root', '#truste-consent-track',
    '.osano-cm-window', '.cc-window', '.cookie-banner', '#cookie-banner', '#cookie-notice',
    '#cookieConsent', '.cookie-consent', '[id^="sp_message_container"]', '#gdpr-consent',
  ];
  const words = /cookie|consent|gdpr|隐私设置|同意/i;
  const hidden = new Set(known.flatMap((s) => Array.from(document.querySelectorAll(s))));
  for (const el of document.body ? document.body.querySelectorAll('div, section, aside, dialog, form') : []) {
    const cs = getComputedStyle(el);
    if ((cs.position !== 'fixed' && cs.position !== 'sticky') || hidden.has(el)) continue;
    if (words.test(el.innerText.slice(0, 2000)) && el.querySelector('button, a[role="button"], input[type="button"]')) hidden.add(el);
  }
  for (const el of hidden) el.style.setProperty('display', 'none', 'important');
  if (hidden.size) {
    for (const el of [document.documentElement, document.body]) {
      if (el && getComputedStyle(el).overflow === 'hidden') el.style.setProperty('overflow', 'visible', 'important');
    }
  }
  return hidden.size;
})()
