// Counts Content-Security-Policy violations on the page (examples/csp.html) and shows them.
// Tests read window.__cspViolations; a person reads the counter on the page.
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push({ directive: event.violatedDirective, blockedURI: event.blockedURI, sample: event.sample });
  const out = document.getElementById('csp-violations');
  if (out) out.textContent = String(window.__cspViolations.length);
});
