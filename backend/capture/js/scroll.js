// Scrolls down a viewport at a time so that lazy images and infinite lists
// load, within a time budget and a height cap, then back to the top.
(async (budget, maxHeight) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const el = document.scrollingElement || document.documentElement;
  const t0 = performance.now();
  let y = 0;
  let stuck = 0;
  while (performance.now() - t0 < budget && y < maxHeight) {
    const bottom = el.scrollHeight - innerHeight;
    if (y >= bottom) {
      if (++stuck > 2) break;
      await sleep(120);
      continue;
    }
    stuck = 0;
    y = Math.min(y + Math.round(innerHeight * 0.85), bottom);
    window.scrollTo(0, y);
    await sleep(60);
  }
  window.scrollTo(0, 0);
  return y;
})
