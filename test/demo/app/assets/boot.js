// Runs before the widget loads (a classic script, right after the snippet): passes the demo's QA
// switches to the widget as explicit config. ?user=u_1 pins the user, ?cohort=control|treatment
// forces the holdout cohort (test and QA use only; see YardstickConfig.cohort).
(() => {
  const q = new URLSearchParams(location.search);
  const extra = {};
  const user = q.get('user');
  const cohort = q.get('cohort');
  if (user) extra.userId = user;
  if (cohort === 'control' || cohort === 'treatment') extra.cohort = cohort;
  const esm = document.documentElement.dataset.mode === 'esm';
  // Script-tag pages carry appId and model on the tag; this init is laid over them.
  if (esm)
    window.yardstick.init({
      appId: 'acme',
      model: '/yardstick-model.json',
      badge: '#yardstick-badge',
      endpoint: '/collect',
      ...extra,
    });
  else if (Object.keys(extra).length > 0) window.yardstick.init(extra);
})();
